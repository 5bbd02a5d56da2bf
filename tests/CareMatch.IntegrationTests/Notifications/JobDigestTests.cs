using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;

namespace CareMatch.IntegrationTests.Notifications;

/// <summary>Each morning a carer hears of the jobs that newly fit them, each job once; nothing new, no email.</summary>
public sealed class JobDigestTests(ClockedSqliteFactory factory) : IClassFixture<ClockedSqliteFactory>
{
    private const string TaskId = "notifications-job-digest";

    [Fact]
    public async Task The_digest_lists_new_matching_jobs_once_and_says_nothing_when_there_are_none()
    {
        var near = await factory.CarerWithSkillAsync("Dina Digest", "LS6 2AB", "DiabetesSupport");
        var faraway = await factory.CarerWithSkillAsync("Ivo Faraway", "IV2 3AA", "DiabetesSupport");
        var (seeker, _) = await factory.NewSeekerAsync();
        var first = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("DiabetesSupport"));
        await factory.DrainOutboxAsync();

        await factory.RunScheduledTaskAsync(TaskId);
        await factory.RunScheduledTaskAsync(TaskId);

        var digest = Assert.Single(factory.EmailsAbout(near.Email, "1 new job fits you"));
        Assert.Contains("- Personal care in LS1 4.", digest, StringComparison.Ordinal);
        Assert.Contains("Open it on CareMatch: https://localhost/Carer/Alerts", digest, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, digest, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.EmailsTo(faraway.Email), e => e.Contains("new job", StringComparison.Ordinal));

        // The next day, a second request: only it is listed, not the first again.
        factory.Time.Advance(TimeSpan.FromDays(1));
        var (secondSeeker, _) = await factory.NewSeekerAsync();
        await secondSeeker.PostRequestAsync(ShortlistSetup.RequestNeeding("DiabetesSupport", postcode: "ls6 2ab"));
        await factory.DrainOutboxAsync();
        await factory.RunScheduledTaskAsync(TaskId);

        var digests = factory.EmailsTo(near.Email).Where(e => e.Contains("new job fits you", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, digests.Count);
        Assert.Contains("- Personal care in LS6 2.", digests[1], StringComparison.Ordinal);
        Assert.DoesNotContain("in LS1 4", digests[1], StringComparison.Ordinal);
        Assert.Contains("1 new job fits you", await (await factory.SignedInAsync(near.Email)).InboxAsync(), StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, first);

        // A day with nothing new: no digest.
        factory.Time.Advance(TimeSpan.FromDays(1));
        await factory.RunScheduledTaskAsync(TaskId);
        Assert.Equal(2, factory.EmailsTo(near.Email).Count(e => e.Contains("new job fits you", StringComparison.Ordinal)));
    }
}
