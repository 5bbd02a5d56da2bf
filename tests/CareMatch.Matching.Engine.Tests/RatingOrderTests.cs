using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// Families' stars change a carer's place on a shortlist; a carer with no reviews sits on the
/// Bayesian prior, between a poorly and a well reviewed one, not at either end.
/// </summary>
public sealed class RatingOrderTests
{
    private static readonly Guid First = Town.Id(1), Second = Town.Id(2), Third = Town.Id(3);

    [Fact]
    public void Swapping_only_the_ratings_swaps_the_order_and_nothing_else_differs()
    {
        var matcher = new CarerMatcher();
        var wellFirst = matcher.Rank(CarerIndex.Build([Town.Carer(First) with { RatingSum = 25, RatingCount = 5 }, Town.Carer(Second) with { RatingSum = 10, RatingCount = 5 }]), Town.Request(), Town.Today).Carers;
        var wellSecond = matcher.Rank(CarerIndex.Build([Town.Carer(First) with { RatingSum = 10, RatingCount = 5 }, Town.Carer(Second) with { RatingSum = 25, RatingCount = 5 }]), Town.Request(), Town.Today).Carers;

        Assert.Equal([First, Second], wellFirst.Select(c => c.CarerId));
        Assert.Equal([Second, First], wellSecond.Select(c => c.CarerId));
        Assert.Equal(wellFirst.Select(c => c.Score), wellSecond.Select(c => c.Score));
        Assert.Equal("Rated 5.0 from 5 reviews", wellSecond[0].Factors.Single(f => f.Factor == ScoreFactor.Rating).Explanation);
    }

    [Fact]
    public void A_carer_with_no_reviews_ranks_between_a_well_and_a_poorly_reviewed_one()
    {
        var ranked = new CarerMatcher().Rank(CarerIndex.Build(
        [
            Town.Carer(First) with { RatingSum = 5, RatingCount = 5 },
            Town.Carer(Second) with { RatingSum = 0, RatingCount = 0 },
            Town.Carer(Third) with { RatingSum = 25, RatingCount = 5 },
        ]), Town.Request(), Town.Today).Carers;

        Assert.Equal([Third, Second, First], ranked.Select(c => c.CarerId));
    }
}
