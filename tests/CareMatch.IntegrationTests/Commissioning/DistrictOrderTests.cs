using CareMatch.Commissioning.Councils;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>Districts are listed as people read them in every table, chart and open-data file.</summary>
public sealed class DistrictOrderTests
{
    [Fact]
    public void Districts_are_ordered_by_area_then_number_then_what_follows_it() =>
        Assert.Equal(["BD3", "EC1", "EC1A", "LS1", "LS2", "LS10", "LS99"], new[] { "LS10", "LS2", "EC1A", "LS99", "EC1", "LS1", "BD3" }.Order(DistrictOrder.Natural));

    [Fact]
    public void A_councils_summary_lists_its_districts_in_reading_order_though_the_database_sorts_them_as_text() =>
        Assert.Equal(["LS1", "LS2", "LS10"], new CareMatch.Commissioning.Contracts.CouncilSummary(Guid.NewGuid(), "Leeds", ["LS1", "LS10", "LS2"], 1).InReadingOrder().Districts);
}
