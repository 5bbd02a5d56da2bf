using System.Security.Cryptography;
using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.Trust.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Time;
using CareMatch.Web.Infrastructure.Demo.History;
using Mediator;

namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>
/// Builds a believable demo area through the modules' own commands: Leeds (the LS districts),
/// carers spread over real LS sectors, seekers, a commissioner and an admin. Repeatable: what
/// exists is kept and every demo account's password is set to the one printed. Some weeks of
/// past visits, charged and paid, are made by <see cref="DemoHistory"/>.
/// </summary>
public sealed class DemoSeeder(DemoActing acting, DemoBudget budget, DemoHistory history, DemoSettings settings, IClock clock, ILogger<DemoSeeder> logger)
{
    public async Task<DemoCredentials> SeedAsync(CancellationToken cancellationToken)
    {
        var password = string.IsNullOrWhiteSpace(settings.Password) ? NewPassphrase() : settings.Password;

        // Nobody is signed in yet, so the first admin is made the way start-up makes one: as a module.
        var adminId = await acting.InScopeAsync(async (_, services) =>
            await services.GetRequiredService<IModuleSender>().Send(new CreateAdminAccount(DemoPeople.AdminEmail, password), cancellationToken));
        // Creating skips an existing admin; provisioning then sets its password to this run's.
        await acting.AsAsync(adminId, AccountRoles.Admin, async sender =>
            await sender.Send(new ProvisionAccount(DemoPeople.AdminEmail, password, AccountRoles.Admin), cancellationToken));
        var councilId = await acting.AsAsync(adminId, AccountRoles.Admin, sender => EnsureCouncilAsync(sender, cancellationToken));
        var commissionerId = await acting.AsAsync(adminId, AccountRoles.Admin, async sender =>
            await sender.Send(new ProvisionAccount(DemoPeople.CommissionerEmail, password, AccountRoles.Commissioner, councilId), cancellationToken));

        var carerIds = new List<string>();
        for (var number = 1; number <= settings.Carers; number++)
        {
            var email = DemoPeople.CarerEmail(number);
            carerIds.Add(await acting.AsAsync(adminId, AccountRoles.Admin, async sender =>
                await sender.Send(new ProvisionAccount(email, password, AccountRoles.Carer), cancellationToken)));
            if (number % 10 == 0 || number == settings.Carers) logger.LogInformation("Demo carers: {Done}/{Total} accounts", number, settings.Carers);
        }
        var seekerIds = new List<string>();
        for (var number = 1; number <= settings.Seekers; number++)
        {
            var email = DemoPeople.SeekerEmail(number);
            seekerIds.Add(await acting.AsAsync(adminId, AccountRoles.Admin, async sender =>
                await sender.Send(new ProvisionAccount(email, password, AccountRoles.Seeker), cancellationToken)));
        }
        logger.LogInformation("Demo seekers: {Total} accounts", settings.Seekers);

        // Carers' draft profiles and the commissioner's council arrive through the outbox.
        await acting.DrainOutboxAsync(cancellationToken);
        var postcodes = await PlaceCarersAsync(carerIds, cancellationToken);
        // Their payouts reach Providers through the outbox, before anyone is verified or invited.
        await acting.DrainOutboxAsync(cancellationToken);
        var (profiles, verified) = await CompleteCarersAsync(adminId, carerIds, cancellationToken);
        await SeedRequestsAsync(seekerIds, carerIds, profiles.Take(verified).ToList(), postcodes, cancellationToken);
        if (seekerIds.Count > 0) await acting.AsAsync(seekerIds[0], AccountRoles.Seeker, sender => SaveTestCardAsync(sender, cancellationToken));
        var historyWeeks = seekerIds.Count > 0 && verified > 0
            && await history.RunAsync(HistoryCast(commissionerId, carerIds[0], profiles[0], postcodes[0], seekerIds), settings.HistoryWeeks, cancellationToken)
            ? settings.HistoryWeeks : 0;
        // The history funds the second seeker from its first day; the other funded seekers (and the second, without a history) from today.
        foreach (var number in Enumerable.Range(1, seekerIds.Count).Where(DemoCareRequests.FundedByBudget))
        {
            await budget.EnsureAsync(commissionerId, seekerIds[number - 1], number, cancellationToken);
        }
        await SeedCommissioningHistoryAsync(cancellationToken);

        return new DemoCredentials(password, DemoPeople.AdminEmail, DemoPeople.CommissionerEmail,
            DemoPeople.CarerEmail(1), DemoPeople.SeekerEmail(1), settings.Carers, settings.Seekers, historyWeeks);
    }

    /// <summary>
    /// The first carer has been visiting the first seeker's father and the second seeker's mother
    /// for weeks, on other days than the first seeker's new booking: the first pays by the test
    /// card, the second from the council's budget. No other demo request is for Walter or Dorothy,
    /// which is how a second seeding finds the history made.
    /// </summary>
    private static DemoHistoryCast HistoryCast(string commissionerId, string carerId, Guid carerProfileId, string carerPostcode, List<string> seekerIds)
    {
        var seekers = new List<DemoHistorySeeker> { new(seekerIds[0], 1, "Walter", Slot: 1, Funded: false) };
        if (seekerIds.Count > 1) seekers.Add(new DemoHistorySeeker(seekerIds[1], 2, "Dorothy", Slot: 2, Funded: true));
        return new DemoHistoryCast(commissionerId, carerId, carerProfileId, 1, carerPostcode, seekers);
    }

    /// <summary>
    /// Months of area-wide requests for the commissioner's figures (generated, not made through
    /// the pages: a few dozen real requests would all be hidden by the small-number rule), then
    /// the night's roll-up, so open data has them too.
    /// </summary>
    private async Task SeedCommissioningHistoryAsync(CancellationToken cancellationToken)
    {
        if (settings.CommissioningHistoryWeeks <= 0) return;
        var made = await acting.InScopeAsync(async (_, services) => await services.GetRequiredService<IModuleSender>().Send(
            new GenerateCommissioningHistory(CentroidTableGeocoder.KnownDistrictsInArea(DemoPeople.Area), settings.CommissioningHistoryWeeks, CommissioningRequestsPerDistrictPerWeek, VisitsPerPersonPerWeek: 1, DemoPeople.HistorySeed),
            cancellationToken));
        await acting.RunTaskAsync(CommissioningTasks.RollupTaskId, cancellationToken);
        logger.LogInformation("Demo commissioning history: {Requests} requests and {Visits} visits over {Weeks} weeks", made.Requests, made.Visits, settings.CommissioningHistoryWeeks);
    }

    private const double CommissioningRequestsPerDistrictPerWeek = 3;

    private static async Task<Guid> EnsureCouncilAsync(ISender sender, CancellationToken cancellationToken)
    {
        var existing = (await sender.Send(new ListCouncils(), cancellationToken)).FirstOrDefault(c => c.Name == DemoPeople.CouncilName);
        if (existing is not null) return existing.Id;
        var districts = CentroidTableGeocoder.KnownDistrictsInArea(DemoPeople.Area);
        return await sender.Send(new CreateCouncil(DemoPeople.CouncilName, string.Join(", ", districts)), cancellationToken);
    }

    /// <summary>Each carer gets a name and a home postcode in a real LS sector, the same ones on every run; returns the postcodes.</summary>
    private async Task<List<string>> PlaceCarersAsync(List<string> carerIds, CancellationToken cancellationToken)
    {
        var sectors = CentroidTableGeocoder.KnownSectorsInArea(DemoPeople.Area);
        var random = new Random(2026);
        var postcodes = new List<string>();
        for (var index = 0; index < carerIds.Count; index++)
        {
            var sector = sectors[random.Next(sectors.Count)];
            var postcode = $"{sector}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}";
            postcodes.Add(postcode);
            var name = DemoPeople.CarerName(index + 1);
            await acting.AsAsync(carerIds[index], AccountRoles.Carer, async sender =>
            {
                await sender.Send(new UpdateMyCarerBasics(name, postcode), cancellationToken);
                await SetUpTestPayoutsAsync(sender, cancellationToken);
                return true;
            });
        }
        logger.LogInformation("Demo carers: {Total} placed across {Sectors} LS sectors", carerIds.Count, sectors.Count);
        return postcodes;
    }

    /// <summary>
    /// Without Stripe keys each demo carer finishes the test onboarding, so they can be booked; with
    /// real keys a carer must onboard at Stripe themselves, so the demo leaves them to it.
    /// </summary>
    private static async Task SetUpTestPayoutsAsync(ISender sender, CancellationToken cancellationToken)
    {
        if (!(await sender.Send(new GetMyPayoutAccount(), cancellationToken)).TestPayments) return;
        var unused = new Uri("http://localhost/");
        await sender.Send(new StartPayoutOnboarding(unused, unused, unused), cancellationToken);
        await sender.Send(new FinishTestOnboarding(), cancellationToken);
    }

    /// <summary>Without Stripe keys the first seeker has saved the test card, so the card page has something to show.</summary>
    private static async Task<bool> SaveTestCardAsync(ISender sender, CancellationToken cancellationToken)
    {
        if (!(await sender.Send(new GetMyCard(), cancellationToken)).TestPayments) return false;
        var unused = new Uri("http://localhost/");
        var testPage = await sender.Send(new StartCardSetup(unused, unused, unused), cancellationToken);
        var setup = Uri.UnescapeDataString(testPage.Query.Split("setup=")[1]);
        await sender.Send(new FinishCardSetup(setup), cancellationToken);
        return true;
    }

    /// <summary>
    /// Every demo carer fills in their details and availability and sends their five checks.
    /// The admin verifies most of them, leaving the last few waiting so the review queue has work.
    /// Returns every carer's profile id, and how many (the first ones) are verified.
    /// </summary>
    private async Task<(List<Guid> Profiles, int Verified)> CompleteCarersAsync(string adminId, List<string> carerIds, CancellationToken cancellationToken)
    {
        var profiles = new List<Guid>();
        var today = DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
        var awaitingReview = Math.Min(WaitingForReview, carerIds.Count / 4);
        for (var index = 0; index < carerIds.Count; index++)
        {
            var number = index + 1;
            var checks = await acting.AsAsync(carerIds[index], AccountRoles.Carer, async sender =>
            {
                await sender.Send(DemoCarerProfiles.Details(number), cancellationToken);
                await sender.Send(DemoCarerProfiles.Availability(number), cancellationToken);
                var current = await sender.Send(new GetMyCredentials(), cancellationToken);
                foreach (var submission in DemoCredentialSubmissions.For(number, today))
                {
                    if (current.Any(c => c.Kind == submission.Kind && c.Submitted)) continue;
                    await sender.Send(submission, cancellationToken);
                }
                return (await sender.Send(new GetMyCarerProfile(), cancellationToken))!.ProfileId;
            });
            if (index < carerIds.Count - awaitingReview) await VerifyAllAsync(adminId, checks, cancellationToken);
            profiles.Add(checks);
        }
        logger.LogInformation("Demo carers: {Verified} verified and bookable, {Waiting} waiting for review",
            carerIds.Count - awaitingReview, awaitingReview);
        return (profiles, carerIds.Count - awaitingReview);
    }

    /// <summary>
    /// Each seeker publishes one request suited to a verified carer (<see cref="DemoCareRequests"/>).
    /// The first seeker has invited that carer, who accepted, so there is a booking with visits,
    /// and has written the handover card; the second has invited theirs, who has not answered yet. Seekers who already have a
    /// request are left as they are.
    /// </summary>
    private async Task SeedRequestsAsync(List<string> seekerIds, List<string> carerIds, List<Guid> verifiedProfiles, List<string> postcodes, CancellationToken cancellationToken)
    {
        if (verifiedProfiles.Count == 0) return;
        var today = clock.Today();
        var published = 0;
        var invited = new List<(string SeekerId, string CarerId, Guid RequestId, Guid ProfileId)>();
        for (var index = 0; index < seekerIds.Count; index++)
        {
            var carer = index % verifiedProfiles.Count;
            var requestId = await acting.AsAsync(seekerIds[index], AccountRoles.Seeker, async sender =>
                (await sender.Send(new ListMyCareRequests(), cancellationToken)).Count > 0 ? (Guid?)null
                    : await sender.Send(DemoCareRequests.For(index + 1, carer + 1, postcodes[carer], today), cancellationToken));
            if (requestId is not { } id) continue;
            published++;
            if (index > 1) continue;
            var offerId = await acting.AsAsync(seekerIds[index], AccountRoles.Seeker, async sender =>
                await sender.Send(new InviteCarer(id, verifiedProfiles[carer], "Would you be able to help Mum each week?"), cancellationToken));
            invited.Add((seekerIds[index], carerIds[carer], id, verifiedProfiles[carer]));
            if (index > 0) continue;
            await acting.AsAsync(carerIds[carer], AccountRoles.Carer, async sender => await sender.Send(new AcceptOffer(offerId), cancellationToken));
            await acting.AsAsync(seekerIds[index], AccountRoles.Seeker, async sender => await sender.Send(DemoHandoverCard(id), cancellationToken));
        }

        // Matching hears of the requests, Needs of the booking and Trust of the invitations (which open the threads), through the outbox.
        await acting.DrainOutboxAsync(cancellationToken);
        await SeedMessagesAsync(invited, cancellationToken);
        logger.LogInformation("Demo requests: {Published} published, the first booked and the second waiting for the carer's answer", published);
    }

    /// <summary>
    /// Each invited pair has written to each other, with a phone number in it: shown in the
    /// booked pair's thread, masked in the waiting one's until a booking.
    /// </summary>
    private async Task SeedMessagesAsync(List<(string SeekerId, string CarerId, Guid RequestId, Guid ProfileId)> invited, CancellationToken cancellationToken)
    {
        foreach (var (seekerId, carerId, requestId, profileId) in invited)
        {
            await acting.AsAsync(seekerId, AccountRoles.Seeker, async sender => await sender.Send(new SendMessage(requestId, profileId,
                "Hello, thank you for looking at our request. Mum is happiest in the mornings. You can ring me on 07700 900456 if that is easier."), cancellationToken));
            await acting.AsAsync(carerId, AccountRoles.Carer, async sender => await sender.Send(new SendMessage(requestId, profileId,
                "Thank you. Mornings suit me well. Could you tell me a little about what she likes to do?"), cancellationToken));
        }
        await acting.DrainOutboxAsync(cancellationToken);
    }

    private Task<bool> VerifyAllAsync(string adminId, Guid profileId, CancellationToken cancellationToken) =>
        acting.AsAsync(adminId, AccountRoles.Admin, async sender =>
        {
            var review = await sender.Send(new GetCarerForReview(profileId), cancellationToken);
            foreach (var credential in review.Credentials.Where(c => c is { CredentialId: not null, State: CredentialState.AwaitingReview }))
            {
                await sender.Send(new VerifyCredential(profileId, credential.CredentialId!.Value), cancellationToken);
            }
            return true;
        });

    /// <summary>What the first seeker wrote about their father for their booked carer and anyone covering a visit.</summary>
    private static SaveHandoverCard DemoHandoverCard(Guid requestId) => new(requestId,
        "Likes to be called by his first name. Loves cricket on the radio and a chat about the garden.",
        "Up at 8. Porridge and a cup of tea with milk, no sugar. Tablets with breakfast, from the blister pack on the kitchen table.",
        "Unsteady on the stairs: walk behind him going up. Allergic to penicillin.",
        "Key safe to the left of the front door, code 2580. Please lock up and put the key back.");

    /// <summary>Demo carers left in the admin's review queue.</summary>
    private const int WaitingForReview = 5;

    /// <summary>The letters a postcode's last two characters may use (never C, I, K, M, O or V).</summary>
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    /// <summary>Four random words from a small list: easy to type from the console, not guessable.</summary>
    private static string NewPassphrase()
    {
        string[] words = ["amber", "biscuit", "canal", "daisy", "ember", "fern", "garden", "harbour", "island", "juniper", "kettle", "lantern",
            "meadow", "nutmeg", "orchard", "pebble", "quilt", "river", "saffron", "teapot", "umbrella", "velvet", "willow", "yarrow"];
        return string.Join('-', Enumerable.Range(0, 4).Select(_ => words[RandomNumberGenerator.GetInt32(words.Length)]));
    }
}
