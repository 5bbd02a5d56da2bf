using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>A seeker's requests through the real pages: post, edit, draft and publish, cancel; and what the outbox says.</summary>
public abstract class CareRequestJourneyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_seeker_posts_a_weekly_request_sees_it_listed_and_edits_it()
    {
        var (seeker, userId) = await factory.NewSeekerAsync();

        var id = await seeker.PostRequestAsync(CareRequestForms.Weekly());

        var saved = await LoadAsync(id);
        Assert.Equal(userId, saved.SeekerUserId);
        Assert.Equal(CareRequestStatus.Open, saved.Status);
        Assert.Equal(2250, saved.MaxHourlyRatePence);
        Assert.Equal(("LS1 4AP", "LS1 4"), (saved.Postcode, saved.Sector));
        Assert.Equal([CareType.PersonalCare, CareType.Companionship], saved.CareTypes);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], saved.Slots.Select(s => s.Day));
        Assert.Equal(["English", "Punjabi"], saved.Languages);
        var home = await seeker.GetStringAsync("/Seeker");
        Assert.Contains(id.ToString(), home, StringComparison.Ordinal);
        Assert.Contains("Published", home, StringComparison.Ordinal);

        var editForm = await seeker.GetStringAsync($"/Seeker/Requests/{id}/Edit");
        Assert.Contains("value=\"22.50\"", editForm, StringComparison.Ordinal);
        Assert.Contains("value=\"LS1 4AP\"", editForm, StringComparison.Ordinal);

        var edited = CareRequestForms.Weekly();
        edited["Input.HourlyRate"] = "£25";
        edited["Input.Slots[2].Day"] = "Saturday";
        edited["Input.Slots[2].Start"] = "18:00";
        edited["Input.Slots[2].End"] = "19:00";
        var response = await seeker.SubmitAsync($"/Seeker/Requests/{id}/Edit", edited);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        saved = await LoadAsync(id);
        Assert.Equal(2500, saved.MaxHourlyRatePence);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Saturday], saved.Slots.Select(s => s.Day));
        var details = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Seeker/Requests/{id}"));
        Assert.Contains("£25 an hour", details, StringComparison.Ordinal);
        Assert.Contains("Saturday, 6pm to 7pm", details, StringComparison.Ordinal);
    }

    /// <summary>Without JavaScript the form shows both "when" sections, and a seeker may fill in both before choosing.</summary>
    [Fact]
    public async Task With_both_sections_posted_one_visit_is_read_from_the_one_visit_fields_only()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var form = CareRequestForms.Weekly(startInDays: 9);
        var oneOff = CareRequestForms.OneOff(inDays: 3);
        foreach (var key in oneOff.Keys.Where(k => k.StartsWith("Input.Visit", StringComparison.Ordinal))) form[key] = oneOff[key];
        form["Input.Schedule"] = "OneOff";

        var saved = await LoadAsync(await seeker.PostRequestAsync(form));

        Assert.Equal(ScheduleKind.OneOff, saved.Schedule);
        Assert.Equal(CareRequestForms.InDays(3), saved.StartDate);
        var slot = Assert.Single(saved.Slots);
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(16, 0)), (slot.Start, slot.End));
    }

    [Fact]
    public async Task With_both_sections_posted_weekly_visits_ignore_whatever_is_in_the_one_visit_fields()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var form = CareRequestForms.Weekly();
        form["Input.VisitDate.Day"] = "31";
        form["Input.VisitDate.Month"] = "2";
        form["Input.VisitDate.Year"] = "20";
        form["Input.VisitStart"] = "teatime";
        form["Input.VisitEnd"] = "later";

        var saved = await LoadAsync(await seeker.PostRequestAsync(form));

        Assert.Equal(ScheduleKind.Weekly, saved.Schedule);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], saved.Slots.Select(s => s.Day));
    }

    [Fact]
    public async Task A_draft_tells_nobody_until_it_is_published_then_opened_and_changed_events_carry_no_private_data()
    {
        var (seeker, _) = await factory.NewSeekerAsync();

        var id = await seeker.PostRequestAsync(CareRequestForms.OneOff(), publish: false);

        Assert.Equal(CareRequestStatus.Draft, (await LoadAsync(id)).Status);
        Assert.Empty(await EventsAboutAsync(id));

        var published = await seeker.PostWithTokenFromAsync($"/Seeker/Requests/{id}", $"/Seeker/Requests/{id}?handler=Publish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await seeker.SubmitAsync($"/Seeker/Requests/{id}/Edit", CareRequestForms.OneOff(inDays: 4));

        var events = await EventsAboutAsync(id);
        Assert.Equal([nameof(CareRequestOpened), nameof(CareRequestChanged)], events.Select(e => ShortType(e.Type)));
        foreach (var message in events)
        {
            Assert.DoesNotContain(CareRequestForms.AddressLine, message.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("Key safe", message.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain(CareRequestForms.FirstName, message.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("4AP", message.Payload, StringComparison.Ordinal);
        }
        var opened = (CareRequestOpened)IntegrationEventSerializer.Deserialize(events[0].Type, events[0].Payload);
        Assert.Equal(("LS1 4", "LS1", 2250L), (opened.Facts.Sector, opened.Facts.District, opened.Facts.MaxHourlyRatePence));

        await factory.DrainOutboxAsync();
        Assert.All(await EventsAboutAsync(id), e => Assert.NotNull(e.ProcessedAt));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_then_closes_the_request_and_says_so_without_the_reason()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var id = await seeker.PostRequestAsync(CareRequestForms.Weekly());

        var noReason = await seeker.SubmitAsync($"/Seeker/Requests/{id}/Cancel", new Dictionary<string, string> { ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Enter why you are cancelling this request", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CareRequestStatus.Open, (await LoadAsync(id)).Status);

        var cancelled = await seeker.SubmitAsync($"/Seeker/Requests/{id}/Cancel", new Dictionary<string, string> { ["Input.Reason"] = "My sister moved in with Mum" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal((CareRequestStatus.Cancelled, "My sister moved in with Mum"), (saved.Status, saved.CancellationReason));

        var closed = Assert.Single(await EventsAboutAsync(id), e => ShortType(e.Type) == nameof(CareRequestClosed));
        Assert.Equal(CareRequestStatus.Cancelled, ((CareRequestClosed)IntegrationEventSerializer.Deserialize(closed.Type, closed.Payload)).FinalStatus);
        Assert.DoesNotContain("sister", closed.Payload, StringComparison.Ordinal);

        // A cancelled request can be neither changed nor cancelled again: the edit page shows it instead.
        var edit = await seeker.GetAsync($"/Seeker/Requests/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var editPost = await seeker.PostWithTokenFromAsync($"/Seeker/Requests/{id}", $"/Seeker/Requests/{id}/Edit", CareRequestForms.Weekly());
        Assert.Contains("can no longer be changed", await editPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2250, (await LoadAsync(id)).MaxHourlyRatePence);
    }

    private Task<CareMatch.Needs.Requests.CareRequest> LoadAsync(Guid id) =>
        factory.InScopeAsync(services => services.GetRequiredService<NeedsDbContext>().CareRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<List<OutboxMessage>> EventsAboutAsync(Guid id) =>
        factory.InScopeAsync(async services => (await services.GetRequiredService<NeedsDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Payload.Contains(id.ToString()))
            .ToListAsync()).OrderBy(m => m.OccurredAt).ToList());

    private static string ShortType(string type) => type.Split(',')[0].Split('.')[^1];
}

public sealed class CareRequestJourneyOnSqlite(SqliteAppFactory factory) : CareRequestJourneyTests<SqliteAppFactory>(factory);

public sealed class CareRequestJourneyOnPostgreSql(PostgresAppFactory factory) : CareRequestJourneyTests<PostgresAppFactory>(factory);
