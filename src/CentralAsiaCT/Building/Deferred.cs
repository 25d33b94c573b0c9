using System;

namespace CentralAsiaCT.Building;

/// <summary>
/// An entity that another refers to, resolved when first asked. A plan names the meeting that adopted it and the phase
/// that produced it; resolving both with the plan read the whole timeline (the meeting is an event, and a phase lists
/// its events) on every first question about plans: 84 KB of the 224 KB that the parties question allocated (issue 34).
/// </summary>
/// <typeparam name="T">The kind of entity referred to.</typeparam>
internal sealed class Deferred<T>
    where T : Entity
{
    private readonly Func<T>? _resolve;
    private T? _value;

    /// <summary>An entity already resolved (a package read from files resolves every reference with its row).</summary>
    public Deferred(T value) => _value = value;

    /// <summary>An entity resolved on first use; <paramref name="resolve"/> gives the same entity every time.</summary>
    public Deferred(Func<T> resolve) => _resolve = resolve;

    /// <summary>The entity.</summary>
    public T Value => OnFirstUse.Get(ref _value, _resolve!, static resolve => resolve());
}
