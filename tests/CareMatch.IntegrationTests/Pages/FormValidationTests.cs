using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Pages;

/// <summary>
/// Every form, wrong in the ways people get it wrong: the page comes back with the error summary
/// linking to the field and the message at the field, never a 500.
/// </summary>
public sealed class FormValidationTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    public static TheoryData<string, string, string, string, string> SignedInForms => new()
    {
        // role, page, field, value typed, message expected
        { "Seeker", "/Account/ChangePassword", "Input.NewPassword", "short", "Password must be at least 8 characters" },
        { "Seeker", "/Account/ChangePassword", "Input.NewPassword", "iloveyou", "This password is too common" },
        { "Seeker", "/Account/ChangePassword", "Input.CurrentPassword", "", "Enter your current password" },
        { "Carer", "/Account/DeleteAccount", "Input.Password", "", "Enter your password to confirm" },
        { "Carer", "/Carer/Profile", "Input.DisplayName", "", "Enter the name seekers will see" },
        { "Carer", "/Carer/Profile", "Input.DisplayName", new string('n', 61), "Name must be 60 characters or fewer" },
        { "Carer", "/Carer/Profile", "Input.HomePostcode", "", "Enter a postcode" },
        { "Carer", "/Carer/Profile", "Input.HomePostcode", "LS6", "Enter a real UK postcode, like LS6 2AB" },
        { "Carer", "/Carer/Profile", "Input.HomePostcode", "12345", "Enter a real UK postcode, like LS6 2AB" },
        { "Carer", "/Carer/Profile", "Input.HomePostcode", "ZZ9 9ZZ", "We don&#x27;t recognise that postcode" },
    };

    [Theory]
    [MemberData(nameof(SignedInForms))]
    public async Task A_signed_in_form_with_a_bad_field_says_what_to_fix_there(string role, string page, string field, string value, string message)
    {
        var (email, _) = await factory.RegisterAsync(role);
        await factory.DrainOutboxAsync();
        var client = await factory.SignedInAsync(email);

        var fields = new Dictionary<string, string> { [field] = value };
        // Fill the profile form's other field, so the only problem is the one under test.
        if (page == "/Carer/Profile" && field != "Input.DisplayName") fields["Input.DisplayName"] = "Sam K.";

        var response = await client.SubmitAsync(page, fields);

        await AssertFieldErrorAsync(response, field, message);
    }

    public static TheoryData<string, string, string, string> VisitorForms => new()
    {
        { "/Account/ForgotPassword", "Input.Email", "", "Enter your email address" },
        { "/Account/ForgotPassword", "Input.Email", "name at example", "Enter an email address in the correct format" },
        { "/Account/SignIn", "Input.Email", "", "Enter your email address" },
        { "/Account/SignIn", "Input.Password", "", "Enter your password" },
        { "/Account/ResetPassword?userId=x&code=y", "Input.Password", "short", "Password must be at least 8 characters" },
        { "/Account/AcceptInvitation?userId=x&code=y", "Input.Password", "password", "This password is too common" },
    };

    [Theory]
    [MemberData(nameof(VisitorForms))]
    public async Task A_visitor_form_with_a_bad_field_says_what_to_fix_there(string page, string field, string value, string message)
    {
        var response = await factory.CreateBrowserLikeClient().SubmitAsync(page, new Dictionary<string, string> { [field] = value });

        await AssertFieldErrorAsync(response, field, message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an email")]
    public async Task Inviting_a_commissioner_needs_a_real_email_address(string email)
    {
        var admin = await factory.AdminAsync();

        var response = await admin.SubmitAsync($"/Admin/Councils/Invite?councilId={Guid.NewGuid()}", new Dictionary<string, string> { ["Input.Email"] = email });

        await AssertFieldErrorAsync(response, "Input.Email", email.Length == 0 ? "Enter your email address" : "Enter an email address in the correct format");
    }

    [Fact]
    public async Task Inviting_to_a_council_that_does_not_exist_is_404_not_500()
    {
        var admin = await factory.AdminAsync();

        var response = await admin.SubmitAsync($"/Admin/Councils/Invite?councilId={Guid.NewGuid()}",
            new Dictionary<string, string> { ["Input.Email"] = AppScope.UniqueEmail("commissioner") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_carer_sets_their_name_and_home_postcode_and_sees_only_its_sector()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        await factory.DrainOutboxAsync();
        var client = await factory.SignedInAsync(email);

        var saved = await client.SubmitAsync("/Carer/Profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sam K.",
            ["Input.HomePostcode"] = "ls62ab",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = await client.GetStringAsync("/Carer");
        Assert.Contains("Seekers see you as <strong>Sam K.</strong>, based in <strong>LS6 2</strong>", home);
        Assert.Contains("value=\"LS6 2AB\"", await client.GetStringAsync("/Carer/Profile"));
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var id = field.Replace('.', '_');
        Assert.Contains("There is a problem", html);
        Assert.Contains($"href=\"#{id}\"", html);
        Assert.Contains($"id=\"{id}-error\"", html);
        Assert.Contains(message, html);
    }
}
