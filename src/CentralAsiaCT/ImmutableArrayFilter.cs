using System;
using System.Collections.Immutable;

namespace CentralAsiaCT;

/// <summary>Filters an immutable array into a new one without the enumerator and iterator allocations of LINQ.</summary>
internal static class ImmutableArrayFilter
{
    public static ImmutableArray<T> WhereToArray<T>(this ImmutableArray<T> items, Func<T, bool> keep)
    {
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var item in items)
        {
            if (keep(item))
            {
                result.Add(item);
            }
        }

        return result.ToImmutable();
    }

    public static bool HasAny<T>(this ImmutableArray<T> items, Func<T, bool> match)
    {
        foreach (var item in items)
        {
            if (match(item))
            {
                return true;
            }
        }

        return false;
    }

    public static ImmutableArray<TResult> Map<T, TResult>(this ImmutableArray<T> items, Func<T, TResult> map) =>
        ImmutableArray.CreateRange(items, map);

    public static ImmutableArray<Entity> ParticipantsWith(this ImmutableArray<Participation> roles, Role role)
    {
        var result = ImmutableArray.CreateBuilder<Entity>();
        foreach (var p in roles)
        {
            if (p.Role == role && !result.Contains(p.Participant))
            {
                result.Add(p.Participant);
            }
        }

        return result.ToImmutable();
    }
}
