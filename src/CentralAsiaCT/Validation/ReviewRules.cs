namespace CentralAsiaCT.Validation;

/// <summary>REV001: vote counts belong to a recorded vote, all three together.</summary>
internal static class ReviewRules
{
    public static void Check(PackageCheck check)
    {
        var rule = ValidationRules.ReviewVote;
        foreach (var row in check.Rows("reviews", rule, "id", "adoption", "votes_for", "votes_against", "abstentions"))
        {
            var given = (row["votes_for"].Length > 0 ? 1 : 0) + (row["votes_against"].Length > 0 ? 1 : 0) + (row["abstentions"].Length > 0 ? 1 : 0);
            if (given > 0 && row["adoption"] != "recorded-vote")
            {
                check.Add(rule, "reviews", row.Number, "adoption", $"'{Quoted.Input(row["id"])}' gives vote counts but was not adopted by recorded vote", row["id"]);
            }
            else if (given is 1 or 2)
            {
                check.Add(rule, "reviews", row.Number, "votes_for", $"'{Quoted.Input(row["id"])}' gives {given} of the three vote counts (in favour, against, abstaining)", row["id"]);
            }
        }
    }
}
