using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CentralAsiaCT;

/// <summary>The one argument check of the public API: <see langword="null"/> is refused, naming the parameter.</summary>
internal static class Argument
{
    /// <summary>Returns <paramref name="value"/>, or throws <see cref="ArgumentNullException"/> naming it.</summary>
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);
}
