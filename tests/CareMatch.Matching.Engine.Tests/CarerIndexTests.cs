using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Tests;

public sealed class CarerIndexTests
{
    [Fact]
    public void A_carers_row_fills_one_cache_line_exactly()
    {
        // The filters read one row per carer checked; a 65th byte would make every row span two lines.
        Assert.Equal(64, System.Runtime.CompilerServices.Unsafe.SizeOf<CarerRow>());
    }

    [Fact]
    public void Upsert_and_remove_change_the_version_and_the_answers()
    {
        var index = CarerIndex.Build([Town.Carer(1, eastKm: 1)]);
        var matcher = new CarerMatcher();
        Assert.Equal(0, index.Version);

        index.Upsert(Town.Carer(2, eastKm: 2));
        Assert.Equal(1, index.Version);
        Assert.Equal(2, matcher.Rank(index, Town.Request(), Town.Today).Carers.Count);

        index.Upsert(Town.Carer(2, eastKm: 30));
        Assert.Equal(2, index.Version);
        Assert.Equal([Town.Id(1)], matcher.Rank(index, Town.Request(), Town.Today).Carers.Select(c => c.CarerId));

        Assert.True(index.Remove(Town.Id(1)));
        Assert.False(index.Remove(Town.Id(1)));
        Assert.Equal(3, index.Version);
        Assert.Empty(matcher.Rank(index, Town.Request(), Town.Today).Carers);
        Assert.Equal(1, index.Count);
        Assert.False(index.Contains(Town.Id(1)));
    }

    [Fact]
    public void Carers_share_availability_patterns_and_give_them_back()
    {
        var index = CarerIndex.Build(Enumerable.Range(1, 50).Select(n => Town.Carer(n)));
        Assert.Equal(1, index.DistinctAvailabilityPatterns);

        index.Upsert(Town.Carer(1) with { WeeklyAvailability = Town.TuesdayThursdayMornings });
        Assert.Equal(2, index.DistinctAvailabilityPatterns);

        index.Remove(Town.Id(1));
        Assert.Equal(1, index.DistinctAvailabilityPatterns);
    }

    [Fact]
    public void A_carer_may_appear_only_once_in_a_build()
    {
        Assert.Throws<ArgumentException>(() => CarerIndex.Build([Town.Carer(1), Town.Carer(1, eastKm: 1)]));
    }

    [Fact]
    public void An_empty_index_grows_a_grid_on_first_upsert()
    {
        var index = CarerIndex.Empty();

        index.Upsert(Town.Carer(1, eastKm: 1));

        Assert.Single(new CarerMatcher().Rank(index, Town.Request(), Town.Today).Carers);
    }
}
