using System;
using System.Threading;

namespace CentralAsiaCT;

/// <summary>
/// The one way a value is built on first use outside the reader's stages (name indexes, tables, the descriptor): read
/// with a volatile read, built when missing, published by compare-and-swap. Two threads may build the same value at
/// once; the first to publish wins and both use it, so the value must not depend on which one built it. The reader's
/// stages are the one other way (a lock), because a stage reads the stages it refers to and must know which are being
/// read; the default edition is held as NodaTime holds its providers, by type initialisation.
/// </summary>
internal static class OnFirstUse
{
    /// <summary>The value in <paramref name="field"/>, built from <paramref name="state"/> and published the first time.</summary>
    public static T Get<T, TState>(ref T? field, TState state, Func<TState, T> build)
        where T : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, build(state), null) ?? Volatile.Read(ref field)!;
}
