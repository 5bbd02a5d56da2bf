using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Providers;

/// <summary>The carer's details and availability forms: what they save, and every bad answer refused at its field with nothing saved.</summary>
public abstract class CarerProfileFormTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task Details_are_saved_with_the_rate_in_pence_and_announced_without_the_home_postcode()
    {
        var carer = await factory.CarerWithProfileAsync();

        var profile = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.AsNoTracking().SingleAsync(p => p.Id == carer.ProfileId));
        Assert.Equal(1850, profile.HourlyRatePence);
        Assert.Equal(15, profile.TravelRadiusKm);
        Assert.Equal(["English", "Punjabi"], profile.Languages);
        Assert.Equal([CareMatch.Needs.Contracts.CareType.PersonalCare], profile.CareTypes);
        Assert.True(profile.Drives);
        Assert.Equal(CarerGender.Female, profile.Gender);

        var form = await carer.Client.GetStringAsync("/Carer/Details");
        Assert.Contains("value=\"18.50\"", form);
        Assert.Contains("value=\"PersonalCare\" checked", form);

        var events = await OutboxAsync(nameof(CarerProfileChanged), carer.ProfileId);
        Assert.NotEmpty(events);
        Assert.All(events, payload =>
        {
            Assert.DoesNotContain("2AB", payload, StringComparison.Ordinal);
            Assert.DoesNotContain("Ten years", payload, StringComparison.Ordinal);
        });
        Assert.Contains(events, payload => payload.Contains(CarerSetup.HomeSector, StringComparison.Ordinal) && payload.Contains("1850", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> BadDetails => new()
    {
        { "Input.TravelRadiusKm", "0", "How far you will travel must be between 1 and 100 km" },
        { "Input.TravelRadiusKm", "101", "How far you will travel must be between 1 and 100 km" },
        { "Input.TravelRadiusKm", "lots", "How far you will travel must be a whole number, like 15" },
        { "Input.TravelRadiusKm", "2.5", "How far you will travel must be a whole number, like 15" },
        { "Input.TravelRadiusKm", "", "Enter how far you will travel" },
        { "Input.HourlyRate", "0", "Your hourly rate must be more than £0" },
        { "Input.HourlyRate", "0.00", "Your hourly rate must be more than £0" },
        { "Input.HourlyRate", "2.50", "Your hourly rate must be at least £10" },
        { "Input.HourlyRate", "5000", "Your hourly rate must be £100 or less" },
        { "Input.HourlyRate", "18.505", "Enter your hourly rate in pounds and pence, like 22.50" },
        { "Input.HourlyRate", "-18", "Your hourly rate must be more than £0" },
        { "Input.HourlyRate", "", "Enter your hourly rate" },
        { "Input.CareTypes", "", "Select the care you offer" },
        { "Input.Languages", "", "Enter the languages you speak" },
    };

    [Theory]
    [MemberData(nameof(BadDetails))]
    public async Task A_bad_detail_is_refused_at_its_field_and_nothing_is_saved(string field, string value, string message)
    {
        var carer = await factory.NewCarerAsync();
        var fields = CarerSetup.GoodDetails();
        fields[field] = value;
        if (value.Length == 0) fields.Remove(field);

        var response = await carer.Client.SubmitAsync("/Carer/Details", fields);

        await FieldErrors.AssertFieldErrorAsync(response, field, message);
        var profile = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.AsNoTracking().SingleAsync(p => p.Id == carer.ProfileId));
        Assert.Null(profile.HourlyRatePence);
        Assert.Null(profile.TravelRadiusKm);
        Assert.Empty(profile.CareTypes);
        Assert.Empty(await OutboxAsync(nameof(CarerProfileChanged), carer.ProfileId));
    }

    [Fact]
    public async Task Availability_is_saved_blank_rows_ignored_and_shown_again()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.SubmitAsync("/Carer/Availability", new Dictionary<string, string>
        {
            ["Input.Slots[0].Day"] = "Tuesday",
            ["Input.Slots[0].Start"] = "14:00",
            ["Input.Slots[0].End"] = "17:30",
            ["Input.Slots[1].Day"] = "",
            ["Input.Slots[1].Start"] = "",
            ["Input.Slots[1].End"] = "",
            ["Input.Slots[2].Day"] = "Monday",
            ["Input.Slots[2].Start"] = "9:00",
            ["Input.Slots[2].End"] = "12:00",
            ["Input.Slots[3].Day"] = "Monday",
            ["Input.Slots[3].Start"] = "12:00",
            ["Input.Slots[3].End"] = "12:30",
            ["Input.TimeOff[0].From.Day"] = "24",
            ["Input.TimeOff[0].From.Month"] = "12",
            ["Input.TimeOff[0].From.Year"] = "2030",
            ["Input.TimeOff[0].To.Day"] = "24",
            ["Input.TimeOff[0].To.Month"] = "12",
            ["Input.TimeOff[0].To.Year"] = "2030",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.AsNoTracking().SingleAsync(p => p.Id == carer.ProfileId));
        Assert.Equal(3, profile.Slots.Count);
        Assert.Equal(DayOfWeek.Monday, profile.Slots[0].Day);
        Assert.Equal(new TimeOnly(9, 0), profile.Slots[0].Start);
        Assert.Equal(new DateOnly(2030, 12, 24), Assert.Single(profile.TimeOff).From);
        var form = await carer.Client.GetStringAsync("/Carer/Availability");
        Assert.Contains("value=\"17:30\"", form);
        Assert.NotEmpty(await OutboxAsync(nameof(CarerProfileChanged), carer.ProfileId));
    }

    public static TheoryData<Dictionary<string, string>, string, string> BadAvailability => new()
    {
        {
            new() { ["Input.Slots[0].Day"] = "Monday", ["Input.Slots[0].Start"] = "09:00", ["Input.Slots[0].End"] = "12:00",
                    ["Input.Slots[1].Day"] = "Monday", ["Input.Slots[1].Start"] = "11:00", ["Input.Slots[1].End"] = "14:00" },
            "Input.Slots[1].Start", "This slot overlaps your Monday 09:00 to 12:00 slot"
        },
        {
            new() { ["Input.Slots[0].Day"] = "Friday", ["Input.Slots[0].Start"] = "09:00", ["Input.Slots[0].End"] = "09:20" },
            "Input.Slots[0].End", "A slot must be at least 30 minutes long"
        },
        {
            new() { ["Input.Slots[0].Day"] = "Friday", ["Input.Slots[0].Start"] = "17:00", ["Input.Slots[0].End"] = "09:00" },
            "Input.Slots[0].End", "The end time must be after the start time"
        },
        {
            new() { ["Input.Slots[0].Day"] = "Friday", ["Input.Slots[0].Start"] = "nine", ["Input.Slots[0].End"] = "17:00" },
            "Input.Slots[0].Start", "The start time must be a real time, like 9:30am or 14:00"
        },
        {
            new() { ["Input.Slots[0].Start"] = "09:00", ["Input.Slots[0].End"] = "17:00" },
            "Input.Slots[0].Day", "Select the day"
        },
        {
            new() { ["Input.TimeOff[0].From.Day"] = "10", ["Input.TimeOff[0].From.Month"] = "8", ["Input.TimeOff[0].From.Year"] = "2030",
                    ["Input.TimeOff[0].To.Day"] = "3", ["Input.TimeOff[0].To.Month"] = "8", ["Input.TimeOff[0].To.Year"] = "2030" },
            "Input.TimeOff[0].To", "The last day off must be the same as or after the first day off"
        },
        {
            new() { ["Input.TimeOff[0].From.Day"] = "31", ["Input.TimeOff[0].From.Month"] = "2", ["Input.TimeOff[0].From.Year"] = "2030",
                    ["Input.TimeOff[0].To.Day"] = "3", ["Input.TimeOff[0].To.Month"] = "3", ["Input.TimeOff[0].To.Year"] = "2030" },
            "Input.TimeOff[0].From", "The first day off must be a real date"
        },
    };

    [Theory]
    [MemberData(nameof(BadAvailability))]
    public async Task Bad_availability_is_refused_at_its_row_and_nothing_is_saved(Dictionary<string, string> fields, string field, string message)
    {
        var carer = await factory.NewCarerAsync();
        // A good slot alongside, so "nothing saved" means the whole form, not just the bad row.
        fields["Input.Slots[5].Day"] = "Sunday";
        fields["Input.Slots[5].Start"] = "10:00";
        fields["Input.Slots[5].End"] = "11:00";

        var response = await carer.Client.SubmitAsync("/Carer/Availability", fields);

        await FieldErrors.AssertFieldErrorAsync(response, field, message);
        var profile = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.AsNoTracking().SingleAsync(p => p.Id == carer.ProfileId));
        Assert.Empty(profile.Slots);
        Assert.Empty(profile.TimeOff);
    }

    private Task<List<string>> OutboxAsync(string eventName, Guid profileId) =>
        factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.Contains(eventName) && m.Payload.Contains(profileId.ToString()))
            .Select(m => m.Payload).ToListAsync());
}

public sealed class CarerProfileFormTestsOnSqlite(SqliteAppFactory factory) : CarerProfileFormTests<SqliteAppFactory>(factory);

public sealed class CarerProfileFormTestsOnPostgreSql(PostgresAppFactory factory) : CarerProfileFormTests<PostgresAppFactory>(factory);
