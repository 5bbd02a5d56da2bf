using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Needs.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>
/// Every way a request can be wrong, through the real form: the page comes back with the message
/// at the field (and in the summary, linking to it) and nothing is saved.
/// </summary>
public sealed class CareRequestValidationTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    public static TheoryData<string, string, string, string> BadFields => new()
    {
        // what is wrong, field, value typed, message expected at the field
        { "unknown postcode", "Input.Postcode", "ZZ9 9ZZ", "We don't recognise that postcode" },
        { "not a postcode", "Input.Postcode", "12345", "Enter a real UK postcode, like LS6 2AB" },
        { "no address", "Input.AddressLine", "", "Enter the first line of the address where care is needed" },
        { "zero rate", "Input.HourlyRate", "0", "The hourly rate must be more than £0" },
        { "negative rate", "Input.HourlyRate", "-12", "The hourly rate must be more than £0" },
        { "absurd rate", "Input.HourlyRate", "2250", "The hourly rate must be £200 or less" },
        { "words for a rate", "Input.HourlyRate", "twenty", "Enter the hourly rate in pounds and pence, like 22.50" },
        { "fraction of a penny", "Input.HourlyRate", "22.505", "Enter the hourly rate in pounds and pence, like 22.50" },
        { "no rate", "Input.HourlyRate", "", "Enter the hourly rate" },
        { "end before start", "Input.Slots[0].End", "08:00", "The visit must end after it starts" },
        { "slot under 30 minutes", "Input.Slots[0].End", "09:20", "A visit must be at least 30 minutes long" },
        { "not a time", "Input.Slots[0].Start", "nine", "The start time must be a real time, like 9:30am or 14:00" },
        { "no first name", "Input.RecipientFirstName", "", "Enter the first name of the person who needs care" },
        { "too many languages", "Input.Languages", "a,b,c,d,e,f", "Enter up to 5 languages, separated by commas" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_is_refused_at_the_field_and_nothing_is_saved(string problem, string field, string value, string message)
    {
        var form = CareRequestForms.Weekly();
        form[field] = value;

        await AssertRefusedAsync(form, field, message, problem);
    }

    [Fact]
    public async Task Overlapping_slots_on_the_same_day_are_refused_at_the_second_slot()
    {
        var form = CareRequestForms.Weekly();
        form["Input.Slots[1].Day"] = "Monday";
        form["Input.Slots[1].Start"] = "10:00";
        form["Input.Slots[1].End"] = "11:00";

        await AssertRefusedAsync(form, "Input.Slots[1].Start", "This visit overlaps the Monday visit from 09:00 to 10:30", "overlap");
    }

    [Fact]
    public async Task A_start_date_in_the_past_is_refused()
    {
        var form = CareRequestForms.Weekly();
        CareRequestForms.SetDate(form, "Input.StartDate", CareRequestForms.InDays(-2));

        await AssertRefusedAsync(form, "Input.StartDate", "The date care should start must be today or in the future", "past start", linkTarget: "Input_StartDate_Day");
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_refused()
    {
        var form = CareRequestForms.Weekly(startInDays: 10);
        CareRequestForms.SetDate(form, "Input.EndDate", CareRequestForms.InDays(8));

        await AssertRefusedAsync(form, "Input.EndDate", "The end date must be the same as or after the start date", "end before start date", linkTarget: "Input_EndDate_Day");
    }

    [Fact]
    public async Task A_one_off_visit_in_the_past_or_ending_before_it_starts_is_refused()
    {
        var form = CareRequestForms.OneOff();
        CareRequestForms.SetDate(form, "Input.VisitDate", CareRequestForms.InDays(-3));
        form["Input.VisitEnd"] = "13:00";

        var html = await AssertRefusedAsync(form, "Input.VisitDate", "The date of the visit must be today or in the future", "past visit", linkTarget: "Input_VisitDate_Day");
        Assert.Contains("The visit must end after it starts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekly_request_with_every_slot_row_blank_asks_for_a_visit()
    {
        var form = CareRequestForms.Weekly();
        foreach (var key in form.Keys.Where(k => k.StartsWith("Input.Slots", StringComparison.Ordinal)).ToList()) form[key] = "";

        await AssertRefusedAsync(form, "Input.Slots", "Add at least one weekly visit", "no slots", linkTarget: "Input_Slots_0__Day");
    }

    [Fact]
    public async Task An_urgent_request_must_start_within_48_hours()
    {
        var form = CareRequestForms.Weekly(startInDays: 9);
        form["Input.Urgent"] = "true";

        await AssertRefusedAsync(form, "Input.Urgent", "Urgent care starts within 48 hours", "urgent later");
    }

    [Fact]
    public async Task Nothing_chosen_at_all_gives_a_message_for_each_question()
    {
        var html = await AssertRefusedAsync(new Dictionary<string, string>(), "Input.CareTypes", "Select at least one kind of care", "empty");
        foreach (var message in new[] { "Select who the care is for", "Select their age", "Select whether you need one visit or weekly visits", "Select how the care will be paid for", "Enter a postcode" })
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
        }
    }

    private async Task<string> AssertRefusedAsync(Dictionary<string, string> form, string field, string message, string problem, string? linkTarget = null)
    {
        var (seeker, userId) = await factory.NewSeekerAsync();

        var response = await seeker.SubmitAsync("/Seeker/Requests/New", form);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{problem}: {response.StatusCode}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var id = linkTarget ?? field.Replace('.', '_').Replace('[', '_').Replace(']', '_');
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#{id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"Error:</span> {message}", html, StringComparison.Ordinal);
        var saved = await factory.InScopeAsync(services => services.GetRequiredService<NeedsDbContext>().CareRequests.CountAsync(r => r.SeekerUserId == userId));
        Assert.Equal(0, saved);
        return html;
    }
}
