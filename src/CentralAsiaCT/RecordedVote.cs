namespace CentralAsiaCT;

/// <summary>The counts of a recorded vote of the General Assembly.</summary>
/// <param name="InFavour">States voting in favour.</param>
/// <param name="Against">States voting against.</param>
/// <param name="Abstaining">States abstaining.</param>
public sealed record RecordedVote(int InFavour, int Against, int Abstaining);
