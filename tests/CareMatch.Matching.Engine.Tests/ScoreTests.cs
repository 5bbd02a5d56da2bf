using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Taxonomy;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>Every score's value for hand-worked inputs, read through the engine's own explanation.</summary>
public sealed class ScoreTests
{
    private static readonly CarerMatcher Matcher = new();

    private static double Value(ScoreFactor factor, CarerSnapshot carer, MatchRequest? request = null) =>
        Matcher.Explain(carer, request ?? Town.Request(), Town.Today).Factors.Single(f => f.Factor == factor).Value;

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(4, 0.7071)]
    [InlineData(8, 0.5)]
    [InlineData(16, 0.25)]
    [InlineData(24, 0.125)]
    public void Distance_halves_every_8_km(double km, double expected)
    {
        var carer = Town.Carer(1, northKm: km) with { TravelRadiusKm = 30 };

        Assert.Equal(expected, Value(ScoreFactor.Distance, carer), precision: 3);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.6)]
    [InlineData(4, 0.7333)]
    [InlineData(10, 1.0)]
    [InlineData(50, 1.0)]
    public void Continuity_scores_any_past_visit_well_and_more_visits_more(int visits, double expected)
    {
        var request = Town.Request() with { PreviousCarerVisits = new Dictionary<Guid, int> { [Town.Id(1)] = visits, [Town.Id(2)] = 99 } };

        Assert.Equal(expected, Value(ScoreFactor.Continuity, Town.Carer(1), request), precision: 3);
    }

    [Theory]
    [InlineData("nothing preferred", 0UL, 0UL, 0UL, GenderRequirement.None, 1.0)]
    [InlineData("preferred companionship, offered", 1UL << Town.Companionship, 0UL, 0UL, GenderRequirement.None, 1.0)]
    [InlineData("preferred dementia care, not offered", 1UL << Town.DementiaCare, 0UL, 0UL, GenderRequirement.None, 0.0)]
    [InlineData("hoist (already required) and PEG feeding preferred: only PEG counts", 0UL, (1UL << Town.Hoist) | (1UL << Town.PegFeeding), 0UL, GenderRequirement.None, 0.0)]
    [InlineData("Polish preferred, not spoken; female preferred, is", 0UL, 0UL, 1UL << Town.Polish, GenderRequirement.Preferred, 0.5)]
    public void Preferences_are_the_share_covered(string name, ulong careTypes, ulong skills, ulong languages, GenderRequirement gender, double expected)
    {
        var request = Town.Request() with
        {
            PreferredCareTypes = new CareTypeSet(careTypes),
            PreferredSkills = new SkillSet(skills),
            PreferredLanguages = new LanguageSet(languages),
            GenderRequirement = gender,
            CarerGender = CarerGender.Female,
        };
        Assert.True(Math.Abs(expected - Value(ScoreFactor.Preferences, Town.Carer(1), request)) < 1e-9, name);
    }

    [Theory]
    [InlineData(0, 0, 0.75)]        // no reviews: the prior, 4.0 stars
    [InlineData(5, 1, 0.7917)]      // (20 + 5) / 6 = 4.167 stars
    [InlineData(192, 40, 0.9278)]   // forty 4.8s: (20 + 192) / 45 = 4.711 stars
    [InlineData(10, 10, 0.25)]      // ten 1-star reviews: (20 + 10) / 15 = 2 stars
    public void Rating_is_a_bayesian_average(int sum, int count, double expected)
    {
        var carer = Town.Carer(1) with { RatingSum = sum, RatingCount = count };

        Assert.Equal(expected, Value(ScoreFactor.Rating, carer), precision: 3);
    }

    [Fact]
    public void One_five_star_review_does_not_beat_forty_reviews_averaging_four_point_eight()
    {
        var newcomer = Value(ScoreFactor.Rating, Town.Carer(1) with { RatingSum = 5, RatingCount = 1 });
        var established = Value(ScoreFactor.Rating, Town.Carer(1) with { RatingSum = 192, RatingCount = 40 });

        Assert.True(established > newcomer);
    }

    [Theory]
    [InlineData(0, 0, 0.8)]          // the prior: 1 in 20
    [InlineData(100, 0, 0.9667)]     // 1 / 120
    [InlineData(40, 10, 0.3714)]     // 11 / 70
    [InlineData(10, 10, 0.0)]        // 11 / 40 is worse than 1 in 4
    public void Reliability_falls_with_cancellations(int completed, int cancelled, double expected)
    {
        var carer = Town.Carer(1) with { CompletedVisits = completed, CarerCancellations = cancelled };

        Assert.Equal(expected, Value(ScoreFactor.Reliability, carer), precision: 3);
    }

    [Theory]
    [InlineData(2200, 2200L, 0.0)]   // at the budget
    [InlineData(1650, 2200L, 0.5)]   // a quarter below
    [InlineData(1100, 2200L, 1.0)]   // half the budget
    [InlineData(900, 2200L, 1.0)]
    [InlineData(1875, null, 0.5)]    // no budget: compared with £25
    public void Price_rewards_cheaper_within_budget(long rate, long? budget, double expected)
    {
        var carer = Town.Carer(1) with { HourlyRatePence = rate };
        var request = Town.Request() with { MaxHourlyRatePence = budget };

        Assert.Equal(expected, Value(ScoreFactor.Price, carer, request), precision: 6);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(60, 0.5)]
    [InlineData(180, 0.25)]
    [InlineData(null, 0.5)]
    public void Responsiveness_halves_with_each_hour_of_reply_time(int? minutes, double expected)
    {
        Assert.Equal(expected, Value(ScoreFactor.Responsiveness, Town.Carer(1) with { MedianReplyMinutes = minutes }), precision: 6);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(3, 0.7)]
    [InlineData(10, 0.0)]
    [InlineData(400, 0.0)]
    public void New_carer_boost_fades_over_the_first_ten_visits(int completed, double expected)
    {
        Assert.Equal(expected, Value(ScoreFactor.NewCarerBoost, Town.Carer(1) with { CompletedVisits = completed }), precision: 6);
    }

    [Fact]
    public void Contributions_add_up_to_the_score_and_stay_in_range()
    {
        var evaluation = Matcher.Explain(Town.Carer(1, northKm: 3), Town.Request(), Town.Today);

        Assert.Equal(evaluation.Score, evaluation.Factors.Sum(f => f.Contribution), precision: 12);
        Assert.InRange(evaluation.Score, 0, 1);
        Assert.All(evaluation.Factors, f => Assert.InRange(f.Value, 0, 1));
        Assert.All(evaluation.Factors, f => Assert.Equal(f.Value * f.Weight / MatchWeights.Default.Total, f.Contribution, precision: 12));
    }

    [Fact]
    public void Continuity_is_the_strongest_factor_by_default()
    {
        var weights = MatchWeights.Default;

        Assert.All(Enum.GetValues<ScoreFactor>().Where(f => f != ScoreFactor.Continuity), f => Assert.True(weights.For(f) < weights.Continuity, f.ToString()));
    }
}
