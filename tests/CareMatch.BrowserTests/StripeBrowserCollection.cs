namespace CareMatch.BrowserTests;

/// <summary>The tests that pay through the fake Stripe: an app of their own, so they may move its clock by weeks.</summary>
[CollectionDefinition(Name)]
public sealed class StripeBrowserCollection : ICollectionFixture<StripeBrowserApp>
{
    public const string Name = "Browser with Stripe";
}
