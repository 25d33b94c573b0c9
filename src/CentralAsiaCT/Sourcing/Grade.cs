namespace CentralAsiaCT.Sourcing;

/// <summary>How far a fact can be trusted. Facts graded C (unverified) are never shipped.</summary>
public enum Grade
{
    /// <summary>An official UN or organisation page, or two independent sources that agree.</summary>
    A = 1,

    /// <summary>One credible secondary source.</summary>
    B = 2,
}
