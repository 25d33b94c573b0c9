using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>No public type of the library exposes mutable state.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(CentralAsiaData).Assembly.GetExportedTypes();

    public static TheoryData<Type> Types()
    {
        var data = new TheoryData<Type>();
        // Exceptions inherit the mutable Data and HelpLink of System.Exception; their own members are checked by review.
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t)))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_library_exports_the_model()
    {
        PublicTypes.Should().Contain([typeof(CentralAsiaData), typeof(State), typeof(Event), typeof(Dating.KnownDate), typeof(Sourcing.Source)]);
        PublicTypes.Should().NotContain(t => t.Namespace == "CentralAsiaCT.Packaging", "the package reader is internal");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Has_no_public_setter_other_than_init(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            var setter = property.GetSetMethod();
            if (setter is not null)
            {
                setter.ReturnParameter.GetRequiredCustomModifiers().Should().Contain(typeof(IsExternalInit), $"{type.Name}.{property.Name} may only be init-only");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Has_no_public_field_that_is_not_read_only(Type type)
    {
        type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .ShouldAllSatisfy(f => f.IsInitOnly || f.IsLiteral, $"{type.Name} exposes no writable field");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Exposes_no_mutable_collection(Type type)
    {
        var exposed = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Select(p => (p.Name, Type: p.PropertyType))
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName).Select(m => (m.Name, Type: m.ReturnType)));
        foreach (var (name, exposedType) in exposed)
        {
            IsImmutableOrNotACollection(exposedType).Should().BeTrue($"{type.Name}.{name} returns {exposedType.Name}");
        }
    }

    private static bool IsImmutableOrNotACollection(Type type)
    {
        // NodaTime's DateInterval enumerates its days but is immutable.
        if (type == typeof(string) || type == typeof(NodaTime.DateInterval) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return true;
        }

        // The edition's collections: read-only lists over an immutable array, with no member that changes them.
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(RecordList<>))
            {
                return true;
            }
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(ImmutableArray<>) || definition == typeof(ImmutableDictionary<,>) || definition == typeof(ImmutableList<>)
            || definition == typeof(System.Collections.Frozen.FrozenDictionary<,>) || definition == typeof(System.Collections.Frozen.FrozenSet<>);
    }
}
