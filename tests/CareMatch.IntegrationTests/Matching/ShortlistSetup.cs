using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// Carers and requests for shortlist tests. Tests in a class share one app and so one carer
/// index: each test gives its carers and request a skill no other test uses, so only its own
/// carers can qualify, and drains the outbox so the index hears of every change.
/// </summary>
public static class ShortlistSetup
{
    /// <summary>A female carer who drives, free Mondays 09:00–13:00, offering personal care and one skill; verified unless told.</summary>
    public static async Task<TestCarer> CarerWithSkillAsync(
        this CareMatchAppFactory factory, string name, string homePostcode, string skill, bool verified = true, string hourlyRate = "18.50")
    {
        var carer = await factory.NewCarerAsync();
        await Redirected(carer.Client.SubmitAsync("/Carer/Profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.HomePostcode"] = homePostcode,
        }));
        var details = CarerSetup.GoodDetails();
        details["Input.Skills"] = skill;
        details["Input.HourlyRate"] = hourlyRate;
        await Redirected(carer.Client.SubmitAsync("/Carer/Details", details));
        await Redirected(carer.Client.SubmitAsync("/Carer/Availability", new Dictionary<string, string>
        {
            ["Input.Slots[0].Day"] = "Monday",
            ["Input.Slots[0].Start"] = "09:00",
            ["Input.Slots[0].End"] = "13:00",
        }));
        await factory.SetUpPayoutsAsync(carer);
        await carer.SubmitAllCredentialsAsync();
        if (verified) await factory.VerifyAllAsync(carer.ProfileId);
        await factory.DrainOutboxAsync();
        return carer;
    }

    /// <summary>Weekly personal care on Monday mornings from a female carer speaking English, needing one skill, in LS1 4 unless told.</summary>
    public static Dictionary<string, string> RequestNeeding(string skill, string postcode = "ls1 4ap")
    {
        var form = CareRequestForms.Weekly();
        form.Remove("Input.CareTypes[1]");
        form.Remove("Input.Slots[1].Day");
        form.Remove("Input.Slots[1].Start");
        form.Remove("Input.Slots[1].End");
        form["Input.RequiredSkills[0]"] = skill;
        form["Input.Languages"] = "english";
        form["Input.Postcode"] = postcode;
        return form;
    }

    public static string ShortlistPage(Guid requestId) => $"/Seeker/Requests/{requestId}/Carers";

    private static async Task Redirected(Task<HttpResponseMessage> post)
    {
        var response = await post;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
