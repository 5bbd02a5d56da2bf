using CareMatch.SharedKernel.Configuration;
using Microsoft.Extensions.Configuration;

namespace CareMatch.SharedKernel.Tests.Configuration;

public sealed class ConfiguredTimeSpanTests
{
    private const string Key = "Module:Interval";

    [Theory]
    [InlineData(null, 15 * 60)]
    [InlineData("", 15 * 60)]
    [InlineData("00:05:00", 5 * 60)]
    [InlineData("1.00:00:00", 24 * 60 * 60)]
    public void An_unset_key_gives_the_default_and_a_duration_gives_itself(string? text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ConfiguredTimeSpan.Read(With(text), Key, TimeSpan.FromMinutes(15)));

    [Theory]
    [InlineData("soon")]
    [InlineData("-00:05:00")]
    [InlineData("00:00:00")]
    public void Anything_else_stops_the_app_naming_the_key(string text)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ConfiguredTimeSpan.Read(With(text), Key, TimeSpan.FromMinutes(15)));

        Assert.StartsWith($"{Key} must be a positive time span such as 00:15:00", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_is_accepted_where_it_means_every_time() =>
        Assert.Equal(TimeSpan.Zero, ConfiguredTimeSpan.Read(With("00:00:00"), Key, TimeSpan.FromSeconds(5), zeroAllowed: true));

    private static IConfiguration With(string? text) => new OneKey(text);

    /// <summary>Just the indexer the reader uses; the configuration packages stay out of this project.</summary>
    private sealed class OneKey(string? text) : IConfiguration
    {
        public string? this[string key]
        {
            get => key == Key ? text : null;
            set => throw new NotSupportedException();
        }

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public Microsoft.Extensions.Primitives.IChangeToken GetReloadToken() => throw new NotSupportedException();

        public IConfigurationSection GetSection(string key) => throw new NotSupportedException();
    }
}
