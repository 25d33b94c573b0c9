namespace CentralAsiaCT.Sourcing;

/// <summary>Who a source's publisher is, for the grade of what it supports (<see cref="Source.PublisherKind"/>): a fact
/// is graded A on one official page of its publisher, or on two first-hand sources of different publishers; on one
/// secondary source alone it is B.</summary>
public enum PublisherKind
{
    /// <summary>A page of the United Nations, of an organisation or of a government, speaking for itself.</summary>
    Official = 1,

    /// <summary>A news agency, a magazine, a research institute, a civil-society group or a data project.</summary>
    Secondary = 2,
}
