namespace CentralAsiaCT;

/// <summary>How the General Assembly adopted a resolution, in the words its sources use.</summary>
public enum ReviewAdoption
{
    /// <summary>Without a vote, by consensus.</summary>
    Consensus = 1,

    /// <summary>Unanimously (the sources' word; the press releases also write "unanimous adoption").</summary>
    Unanimous = 2,

    /// <summary>By a recorded vote (see <see cref="Review.Vote"/>).</summary>
    RecordedVote = 3,
}
