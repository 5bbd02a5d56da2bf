using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using static CareMatch.IntegrationTests.Trust.SafeguardingSetup;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>
/// An urgent concern raised while the mail server is down: the concern is kept and the raiser is not
/// shown an error, the failure is in its trail, and the background task sends it once the server is
/// back, recording when.
/// </summary>
public abstract partial class UrgentConcernEmailRetryTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory, IMailCanFailFactory
{
    private const string TaskId = "trust-retry-urgent-concern-emails";
    private const string Contact = "duty.team@ls1.example.gov.uk";

    [Fact]
    public async Task An_urgent_concern_is_kept_when_its_email_fails_and_the_email_is_retried_until_sent()
    {
        await factory.CouncilContactAsync("LS1", Contact);
        var booked = await factory.BookedVisitAsync("TracheostomyCare", "Dee Down");
        factory.Mail.DownFor = Contact;

        var concernId = await booked.Invited.Seeker.RaiseAsync($"/Concerns/New?visitId={booked.VisitId}", "Nobody came and she cannot get up", urgent: true);
        Assert.Empty(factory.EmailsTo(Contact));
        var mine = await PageAsync(booked.Invited.Seeker, $"/Concerns?raised={concernId}");
        Assert.Contains("Your concern's reference is SG-", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("We have told the council's adult safeguarding team", mine, StringComparison.Ordinal);

        var admin = await factory.AdminAsync();
        var detail = await PageAsync(admin, $"/Admin/Concerns/{concernId}");
        Assert.Equal(["Raised", "Email to the council's safeguarding contact failed"], TrailKinds().Matches(detail).Select(m => m.Groups[1].Value).ToList());
        Assert.Matches($@"Email to {Regex.Escape(Contact)} failed at \d{{1,2}} \w+ \d{{4}} \d{{2}}:\d{{2}}:\d{{2}} UTC; will retry", detail);
        // Admins are told whatever the council's mailbox does.
        Assert.Contains("Urgent safeguarding concern SG-", await PageAsync(admin, "/Inbox"), StringComparison.Ordinal);

        // Still down: tried again, nothing sent, and the trail is not filled with repeats.
        await factory.RunScheduledTaskAsync(TaskId);
        Assert.Equal(2, factory.Mail.Refused);
        Assert.Empty(factory.EmailsTo(Contact));
        Assert.Single(TrailKinds().Matches(await PageAsync(admin, $"/Admin/Concerns/{concernId}")), m => m.Groups[1].Value.Contains("failed", StringComparison.Ordinal));

        // Back up: sent once, with its times, and the sending is in the trail.
        factory.Mail.DownFor = null;
        await factory.RunScheduledTaskAsync(TaskId);
        await factory.RunScheduledTaskAsync(TaskId);
        var email = Assert.Single(factory.EmailsTo(Contact));
        Assert.Matches(@"Raised at: \d{1,2} \w+ \d{4} \d{2}:\d{2}:\d{2} UTC", email);
        Assert.Matches(@"Sent at: \d{1,2} \w+ \d{4} \d{2}:\d{2}:\d{2} UTC", email);
        Assert.Contains("Sent late: our first attempt to email you failed.", email, StringComparison.Ordinal);
        Assert.Contains($"/Admin/Concerns/{concernId}", email, StringComparison.Ordinal);
        detail = await PageAsync(admin, $"/Admin/Concerns/{concernId}");
        Assert.Equal(["Raised", "Email to the council's safeguarding contact failed", "Emailed to the council's safeguarding contact"], TrailKinds().Matches(detail).Select(m => m.Groups[1].Value).ToList());
        Assert.Matches($@"by CareMatch \(automatically\): {Regex.Escape(Contact)} at \d{{1,2}} \w+ \d{{4}} \d{{2}}:\d{{2}}:\d{{2}} UTC", detail);
        Assert.Contains("We have told the council's adult safeguarding team", await PageAsync(booked.Invited.Seeker, $"/Concerns?raised={concernId}"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"data-testid=""trail-entry"">[^<]*<strong>([^<]*)</strong>")]
    private static partial Regex TrailKinds();
}

public sealed class UrgentConcernEmailRetryTestsOnSqlite(SqliteMailCanFailFactory factory) : UrgentConcernEmailRetryTests<SqliteMailCanFailFactory>(factory);

public sealed class UrgentConcernEmailRetryTestsOnPostgreSql(PostgresMailCanFailFactory factory) : UrgentConcernEmailRetryTests<PostgresMailCanFailFactory>(factory);
