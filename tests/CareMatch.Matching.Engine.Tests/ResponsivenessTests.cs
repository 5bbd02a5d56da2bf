using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// How quickly a carer answers invitations changes their place on a shortlist, and is said in
/// words a seeker reads: rounded up, so "within" stays true.
/// </summary>
public sealed class ResponsivenessTests
{
    private static readonly Guid First = Town.Id(1), Second = Town.Id(2);

    [Theory]
    [InlineData(20, 180)]
    [InlineData(180, 20)]
    [InlineData(null, 240)]
    [InlineData(240, null)]
    [InlineData(55, 2880)]
    public void Of_two_otherwise_equal_carers_the_one_who_answers_sooner_ranks_first(int? firstMinutes, int? secondMinutes)
    {
        var carers = new[]
        {
            Town.Carer(First) with { MedianReplyMinutes = firstMinutes },
            Town.Carer(Second) with { MedianReplyMinutes = secondMinutes },
        };

        var ranked = new CarerMatcher().Rank(CarerIndex.Build(carers), Town.Request(), Town.Today).Carers;

        var quicker = (firstMinutes ?? 60) < (secondMinutes ?? 60) ? First : Second;
        Assert.Equal(quicker, ranked[0].CarerId);
        Assert.True(ranked[0].Score > ranked[1].Score);
    }

    [Fact]
    public void Swapping_only_reply_times_swaps_the_order_and_nothing_else_differs()
    {
        var matcher = new CarerMatcher();
        var quickFirst = matcher.Rank(CarerIndex.Build([Town.Carer(First) with { MedianReplyMinutes = 30 }, Town.Carer(Second) with { MedianReplyMinutes = 300 }]), Town.Request(), Town.Today).Carers;
        var quickSecond = matcher.Rank(CarerIndex.Build([Town.Carer(First) with { MedianReplyMinutes = 300 }, Town.Carer(Second) with { MedianReplyMinutes = 30 }]), Town.Request(), Town.Today).Carers;

        Assert.Equal([First, Second], quickFirst.Select(c => c.CarerId));
        Assert.Equal([Second, First], quickSecond.Select(c => c.CarerId));
        Assert.Equal(quickFirst.Select(c => c.Score), quickSecond.Select(c => c.Score));
        var reason = quickSecond[0].Factors.Single(f => f.Factor == ScoreFactor.Responsiveness);
        Assert.Equal("Usually answers within 30 minutes", reason.Explanation);
        Assert.Equal("Usually answers within 5 hours", quickSecond[1].Factors.Single(f => f.Factor == ScoreFactor.Responsiveness).Explanation);
    }

    [Theory]
    [InlineData(null, "New: no answers yet")]
    [InlineData(0, "Usually answers within 10 minutes")]
    [InlineData(10, "Usually answers within 10 minutes")]
    [InlineData(11, "Usually answers within 20 minutes")]
    [InlineData(40, "Usually answers within 40 minutes")]
    [InlineData(50, "Usually answers within 50 minutes")]
    [InlineData(51, "Usually answers within 1 hour")]
    [InlineData(60, "Usually answers within 1 hour")]
    [InlineData(61, "Usually answers within 2 hours")]
    [InlineData(180, "Usually answers within 3 hours")]
    [InlineData(1440, "Usually answers within 24 hours")]
    [InlineData(1441, "Usually takes more than a day to answer")]
    [InlineData(2880, "Usually takes more than a day to answer")]
    public void Reply_time_in_words_rounds_up(int? medianMinutes, string words)
    {
        Assert.Equal(words, ReplyTimeWords.Of(medianMinutes));
        Assert.Equal(words, new CarerMatcher().Explain(Town.Carer(1) with { MedianReplyMinutes = medianMinutes }, Town.Request(), Town.Today)
            .Factors.Single(f => f.Factor == ScoreFactor.Responsiveness).Explanation);
    }
}
