using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Matching.Engine.Ranking;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>Match weights come from configuration over the defaults, and bad ones stop the app before it ranks anyone.</summary>
public sealed class MatchWeightsConfigurationTests
{
    private sealed class WeightedAppFactory(string factor, string value) : SqliteAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting($"Matching:Weights:{factor}", value);
        }
    }

    [Fact]
    public void A_configured_weight_replaces_the_default_and_the_rest_stay()
    {
        using var factory = new WeightedAppFactory("Distance", "4.5");

        var weights = factory.Services.GetRequiredService<CarerMatcher>().Weights;

        Assert.Equal(4.5, weights.Distance);
        Assert.Equal(CareMatch.Matching.Engine.Scores.MatchWeights.Default.Continuity, weights.Continuity);
    }

    [Theory]
    [InlineData("Distance", "-1", "Distance")]
    [InlineData("Price", "cheap", "Matching:Weights:Price must be a number")]
    [InlineData("NewCarerBoost", "50", "The new-carer boost can be at most 15% of the total weight")]
    public void Weights_that_cannot_rank_fairly_stop_the_app_with_a_clear_message(string factor, string value, string message)
    {
        using var factory = new WeightedAppFactory(factor, value);

        var refused = Assert.ThrowsAny<Exception>(() => factory.Services.GetRequiredService<CarerMatcher>());

        Assert.Contains(message, refused.ToString());
    }
}
