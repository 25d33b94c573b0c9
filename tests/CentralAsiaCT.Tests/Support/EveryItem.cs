namespace CentralAsiaCT.Tests.Support;

internal static class EveryItem
{
    /// <summary>
    /// Asserts that every item satisfies <paramref name="rule"/>, listing the items that break it. Unlike FluentAssertions'
    /// <c>OnlyContain</c>, an empty collection passes: use it where having no items is legitimate.
    /// </summary>
    public static void ShouldAllSatisfy<T>(this IEnumerable<T> items, Func<T, bool> rule, string because)
    {
        items.Where(item => !rule(item)).Should().BeEmpty(because);
    }
}
