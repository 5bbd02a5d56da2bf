using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CareMatch.IntegrationTests.Security;

/// <summary>Production with no public address would build emailed links from a Host header anyone can forge.</summary>
public sealed class PublicUrlTests
{
    private sealed class ProductionWithoutPublicUrl : SqliteAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("App:PublicUrl", "");
        }
    }

    [Fact]
    public void Production_refuses_to_start_without_a_public_url_for_emailed_links()
    {
        using var factory = new ProductionWithoutPublicUrl();

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("App:PublicUrl", refused.ToString());
    }
}
