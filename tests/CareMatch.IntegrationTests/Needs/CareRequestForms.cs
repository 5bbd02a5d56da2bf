using System.Globalization;
using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>Care request forms as a seeker fills them in, and shortcuts to post them through the real pages.</summary>
public static class CareRequestForms
{
    public const string AddressLine = "14 Hidden Lane";
    public const string Notes = "Key safe code 4321; diabetic";
    public const string FirstName = "Margaret";

    /// <summary>A UK date a number of days from today, safely clear of midnight in either zone.</summary>
    public static DateOnly InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days);

    /// <summary>A complete weekly request: Mondays and Thursdays, mornings, in LS1 4, up to £22.50 an hour.</summary>
    public static Dictionary<string, string> Weekly(int startInDays = 7)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.RecipientRelationship"] = "Parent",
            ["Input.RecipientFirstName"] = FirstName,
            ["Input.RecipientAgeBand"] = "From75To84",
            ["Input.CareNotes"] = Notes,
            ["Input.CareTypes[0]"] = "PersonalCare",
            ["Input.CareTypes[1]"] = "Companionship",
            ["Input.RequiredSkills[0]"] = "DiabetesSupport",
            ["Input.Languages"] = "English, Punjabi",
            ["Input.GenderPreference"] = "Required",
            ["Input.CarerGender"] = "Female",
            ["Input.Schedule"] = "Weekly",
            ["Input.Slots[0].Day"] = "Monday",
            ["Input.Slots[0].Start"] = "09:00",
            ["Input.Slots[0].End"] = "10:30",
            ["Input.Slots[1].Day"] = "Thursday",
            ["Input.Slots[1].Start"] = "09:00",
            ["Input.Slots[1].End"] = "10:00",
            ["Input.Postcode"] = "ls1 4ap",
            ["Input.AddressLine"] = AddressLine,
            ["Input.HourlyRate"] = "22.50",
            ["Input.Funding"] = "SelfFunded",
        };
        SetDate(form, "Input.StartDate", InDays(startInDays));
        return form;
    }

    /// <summary>A complete one-off visit.</summary>
    public static Dictionary<string, string> OneOff(int inDays = 3)
    {
        var form = Weekly();
        foreach (var key in form.Keys.Where(k => k.StartsWith("Input.Slots", StringComparison.Ordinal) || k.StartsWith("Input.StartDate", StringComparison.Ordinal)).ToList())
        {
            form.Remove(key);
        }
        form["Input.Schedule"] = "OneOff";
        form["Input.VisitStart"] = "14:00";
        form["Input.VisitEnd"] = "16:00";
        SetDate(form, "Input.VisitDate", InDays(inDays));
        return form;
    }

    public static void SetDate(IDictionary<string, string> form, string field, DateOnly date)
    {
        form[$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture);
        form[$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture);
        form[$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A new seeker, signed in.</summary>
    public static async Task<(HttpClient Client, string UserId)> NewSeekerAsync(this CareMatchAppFactory factory)
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        return (await factory.SignedInAsync(email), userId);
    }

    /// <summary>Posts the new-request form (publishing unless told) and returns the new request's id.</summary>
    public static async Task<Guid> PostRequestAsync(this HttpClient seeker, IDictionary<string, string> form, bool publish = true)
    {
        var response = await seeker.SubmitAsync("/Seeker/Requests/New", form, publish ? null : "Draft");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Seeker/Requests/", location, StringComparison.Ordinal);
        return Guid.Parse(location["/Seeker/Requests/".Length..]);
    }
}
