namespace CareMatch.BrowserTests;

/// <summary>
/// One app and one Chromium for every browser test class: starting the app is the slow part.
/// Tests keep independent by each using people with their own unique email addresses.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
