namespace CareMatch.IntegrationTests.PersonalData;

/// <summary>How one table is covered for "take your data with you" and "delete my account".</summary>
public enum Coverage
{
    /// <summary>Rows belong to a person: exported to them and erased (or anonymised) when their account is deleted.</summary>
    Personal,

    /// <summary>
    /// A module's outbox: delivered messages can name a person (ids, an email) but are a delivery
    /// log, not data the person gave; the same facts are exported from their own tables. Erased.
    /// </summary>
    InTransit,

    /// <summary>Holds nothing about a person.</summary>
    NotPersonal,
}

/// <param name="Table">The table's name (unique across modules).</param>
/// <param name="Provenby">For personal tables, whose rows the export and erasure tests create and check
/// ("seeker", "carer", "both"), or why the tests cannot fill it yet.</param>
/// <param name="PseudonymColumns">Columns that keep a deleted person's account id on purpose, as a pseudonym
/// that joins to no account any more (an audit trail); the erasure scan allows the id there and nowhere else.</param>
public sealed record TableEntry(string Table, Coverage Coverage, string ExportedBy, string ErasedBy, string Provenby)
{
    public IReadOnlyList<string> PseudonymColumns { get; init; } = [];
}

/// <summary>
/// Every table of every module context, and how it is covered. The coverage test fails on a
/// table that is not here (a new table must say whether it is personal) and on an entry whose
/// table no longer exists.
/// </summary>
public static class PersonalDataCatalogue
{
    private const string Identity = "Identity's cascade from AspNetUsers (DeleteMyAccountHandler)";

    public static IReadOnlyList<TableEntry> Tables { get; } =
    [
        // Accounts
        Personal("AspNetUsers", "ExportMyAccountData (no PasswordHash, SecurityStamp, ConcurrencyStamp)", "DeleteMyAccountHandler (UserManager.DeleteAsync)", "both"),
        Personal("AspNetUserRoles", "ExportMyAccountData", Identity, "both"),
        Personal("AspNetUserClaims", "ExportMyAccountData", Identity, "not filled: the product stores no claims yet"),
        Personal("AspNetUserLogins", "ExportMyAccountData", Identity, "not filled: no external sign-in yet"),
        Personal("AspNetUserTokens", "ExportMyAccountData (no token Value)", Identity, "not filled: no stored tokens yet"),
        Personal("AccountSessions", "ExportMyAccountData (no session Id: the cookie's secret)", "DeleteMyAccountHandler (SessionStore.DeleteAllAsync, same transaction)", "both"),
        Personal("AuditEntries", "ExportMyAccountData (entries done to them without the actor's id or IP)",
            "AuditTrailErasure in DeleteMyAccountHandler: entries kept, IP and typed email removed; the account id stays as a pseudonym", "both")
            with { PseudonymColumns = ["ActorUserId", "SubjectUserId"] },
        NotPersonal("AspNetRoles", "the four role names"),
        NotPersonal("AspNetRoleClaims", "claims of roles, not of people"),
        NotPersonal("DataProtectionKeys", "the shared key ring: keys, not people"),
        InTransit("AccountsOutboxMessages", "Accounts.ForgetDeletedAccount (delivered messages naming the user; then the AccountDeleted message itself via AccountDeletionDelivered)"),
        HandledEvents("AccountsHandledEvents"),

        // Needs
        Personal("CareRequests", "ExportMyNeedsData", "Needs.ForgetDeletedSeeker (deleted; open ones closed first)", "seeker"),
        Personal("RequestAccesses", "ExportMyNeedsData (as invited or inviting; without the link's hash)",
            "Needs.ForgetDeletedActingPeople (an invitee's rows deleted, an inviter's id blanked); with the request by cascade", "not filled: the export and erasure journeys invite nobody; ActingForSomeoneTests deletes an invitee"),
        Personal("RequestActivities", "ExportMyNeedsData (what the person did)",
            "Needs.ForgetDeletedActingPeople (actor id blanked); with the request by cascade", "seeker"),
        InTransit("NeedsOutboxMessages", "Needs.ForgetDeletedSeeker"),
        HandledEvents("NeedsHandledEvents"),

        // Providers
        Personal("CarerProfiles", "ExportMyProvidersData", "Providers.FollowCarerAccountChanges (deleted)", "carer"),
        Personal("CarerWeeklySlots", "ExportMyProvidersData (owned by the profile)", "deleted with the profile", "carer"),
        Personal("CarerTimeOff", "ExportMyProvidersData (owned by the profile)", "deleted with the profile", "not filled: the scenario sets no time off"),
        Personal("CarerCredentials", "ExportMyProvidersData", "deleted with the profile (cascade)", "carer"),
        Personal("CarerUploadedFiles", "ExportMyProvidersData (no StorageKey)", "Providers.FollowCarerAccountChanges (rows and stored bytes)", "carer"),
        InTransit("ProvidersOutboxMessages", "Providers.FollowCarerAccountChanges"),
        HandledEvents("ProvidersHandledEvents"),

        // Matching
        Personal("MatchingTrackedRequests", "ExportMyMatchingData", "Matching.ForgetDeletedPeople (AccountDeleted)", "not checked: removed by Matching once a request is booked"),
        Personal("MatchingJobAlerts", "ExportMyMatchingData (carer)", "Matching.ForgetDeletedPeople (CarerProfileDeleted; and alerts about a deleted seeker's requests)", "not checked: sent only when the carer ranks among the best at matching time"),
        Personal("MatchingCarerTrackRecords", "ExportMyMatchingData (carer)", "Matching.ForgetDeletedPeople (CarerProfileDeleted)", "not filled: needs a completed visit"),
        Personal("MatchingInvitationReplies", "ExportMyMatchingData (carer)", "Matching.ForgetDeletedPeople (CarerProfileDeleted)", "carer"),
        NotPersonal("MatchingCarerChanges", "a profile id and a time, so other nodes re-read that carer; no detail, and a deleted carer's profile is gone, so the id points at nobody"),
        NotPersonal("MatchingCouncilWeights", "a council's ranking weights"),
        InTransit("MatchingOutboxMessages", "Matching.ForgetDeletedPeople"),
        HandledEvents("MatchingHandledEvents"),

        // Bookings
        Personal("CareOffers", "ExportMyBookingsData (a carer's rows without SeekerUserId)", "Bookings.ForgetDeletedPeople (kept for the other side; user id, carer name, message and reason stripped)", "both"),
        Personal("Bookings", "ExportMyBookingsData (a carer's rows without SeekerUserId)", "Bookings.ForgetDeletedPeople (ended, then kept anonymised)", "both"),
        Personal("Visits", "ExportMyBookingsData", "Bookings.ForgetDeletedPeople (future visits cancelled; notes, reasons and cover carer's name stripped)", "both"),
        Personal("CoverRequests", "ExportMyBookingsData (a carer's rows without SeekerUserId)", "Bookings.ForgetDeletedPeople (user id and volunteer's name stripped)", "not filled: needs a carer to cancel a visit"),
        Personal("CoverOffers", "ExportMyBookingsData (carer)", "Bookings.ForgetDeletedPeople (carer's name stripped)", "not filled: needs a cover search"),
        Personal("HandoverCards", "ExportMyBookingsData (seeker)", "Bookings.ForgetDeletedPeople (deleted with the seeker)", "seeker"),
        Personal("HandoverCardOpenings", "ExportMyBookingsData (openings of the seeker's cards; a carer's own openings)", "Bookings.ForgetDeletedPeople (carer's name stripped; holds nothing of the seeker)", "both"),
        InTransit("BookingsOutboxMessages", "Bookings.ForgetDeletedPeople"),
        HandledEvents("BookingsHandledEvents"),

        // Payments
        Personal("PayoutAccounts", "ExportMyPaymentsData", "Payments.ForgetDeletedPaymentsPeople (deleted; the Express account stays at Stripe)", "carer"),
        Personal("PaymentCustomers", "ExportMyPaymentsData", "Payments.ForgetDeletedPaymentsPeople (deleted; the saved card forgotten at Stripe)", "not filled: the scenario's seeker saves no card"),
        Personal("VisitPayments", "ExportMyPaymentsData", "Payments.ForgetDeletedPaymentsPeople (the person's id blanked; the amounts stay as the platform's financial records)", "not filled: the scenario's visits are not yet within the 48-hour hold window"),
        Personal("PersonalBudgets", "ExportMyPaymentsData", "Payments.ForgetDeletedPaymentsPeople (the person's id blanked; the council's budget and its case reference stay as its financial record)", "not filled: the scenario's seeker has no council budget"),
        NotPersonal("BudgetDraws", "a visit id, a budget id and an amount"),
        NotPersonal("BudgetCredits", "a refund decision id, a visit id, a budget id and an amount"),
        NotPersonal("CouncilInvoices", "a council's monthly bill: its number, month and total"),
        NotPersonal("LedgerLines", "journal lines in pence, referenced by visit id; no person"),
        NotPersonal("VisitRefunds", "an admin's refund decision on a visit id: amounts, the reason and the deciding admin's id, kept as the platform's financial record; it names no seeker or carer"),
        NotPersonal("PaymentDisputes", "a bank dispute of a charge: ids, amount, the bank's reason code and status, by visit id"),
        NotPersonal("CarerPayouts", "Stripe's payouts of a connected account: ids, amounts and dates; the link to a carer is their PayoutAccounts row, deleted with them"),
        NotPersonal("StripeMovements", "Stripe's balance transactions: ids, amounts and fees, matched to a visit id"),
        NotPersonal("ReconciliationRuns", "when the books were compared with Stripe, and how much"),
        NotPersonal("ReconciliationDifferences", "a visit id or Stripe id whose amounts differ"),
        NotPersonal("ReceivedStripeEvents", "Stripe event ids and types, to apply each once; the events themselves are not kept"),
        InTransit("PaymentsOutboxMessages", "Payments.ForgetDeletedPaymentsPeople"),
        HandledEvents("PaymentsHandledEvents"),

        // Commissioning
        NotPersonal("Councils", "a council's name"),
        NotPersonal("CouncilDistricts", "postcode districts of a council"),
        NotPersonal("RequestFacts", "a request id, its postcode district, kinds of care, age band, funding and when it was posted, closed, booked and first given"),
        NotPersonal("BookingFacts", "a booking id and its request id"),
        NotPersonal("VisitFacts", "a visit id, its request id, when it was due and what became of it, and a carer profile id never shown and replaced by a random one when the profile is deleted (Commissioning.ForgetDeletedCarerInFacts)"),
        NotPersonal("CarerFacts", "a carer profile id never shown, the postcode district of their public sector, kinds of care, rate, weekly hours offered, whether bookable and when first verified; deleted with the profile (Commissioning.ForgetDeletedCarerInFacts)"),
        NotPersonal("MonthlyFigures", "counts per council, postcode district and month"),
        NotPersonal("RollupRuns", "when each nightly roll-up ran and how many rows it wrote"),
        Personal("CommissionerAssignments", "ExportMyCommissioningData", "Commissioning.RemoveCommissionerWhenAccountDeleted", "not filled: the scenario has no commissioner"),
        InTransit("CommissioningOutboxMessages", "Commissioning.RemoveCommissionerWhenAccountDeleted"),
        HandledEvents("CommissioningHandledEvents"),

        // Trust
        Personal("Conversations", "ExportMyTrustData", "Trust.ForgetDeletedPeople (deleted with their messages: a thread is between two people and one has gone)", "both"),
        Personal("ConversationMessages", "ExportMyTrustData (the thread's messages, the other side's too, as the person saw them)", "deleted with the conversation (cascade)", "both"),
        Personal("ReviewRounds", "ExportMyTrustData (a carer's rows without SeekerUserId)", "Trust.ForgetDeletedPeople (deleted with both reviews; the carer's rating counted again)", "not filled: needs a completed visit"),
        Personal("Reviews", "ExportMyTrustData (the reviews the person wrote, without the hiding admin's id)", "Trust.ForgetDeletedPeople (deleted with their round)", "not filled: needs a completed visit"),
        // A safeguarding concern is a safeguarding record, kept when the raiser's account is deleted (as the council keeps its
        // referrals): it may be the only trace of harm to someone else. The ids stay as pseudonyms that join to no account.
        Personal("SafeguardingConcerns", "ExportMyTrustData (the concerns the person raised, with what each is about: a carer's name or the cared-for person's first name, a visit's times; without the owning admin's id)",
            "kept as a safeguarding record, AboutName included; RaisedByUserId stays as a pseudonym", "not filled: the export and erasure journeys raise no concern")
            with { PseudonymColumns = ["RaisedByUserId", "OwnerUserId"] },
        Personal("SafeguardingConcernEntries", "not exported: the admins' trail of a concern, which may name other people",
            "kept with its concern; ByUserId stays as a pseudonym", "not filled: the export and erasure journeys raise no concern")
            with { PseudonymColumns = ["ByUserId"] },
        NotPersonal("SafeguardingContacts", "a council team's mailbox and the admin who set it"),
        InTransit("TrustOutboxMessages", "Trust.ForgetDeletedPeople"),
        HandledEvents("TrustHandledEvents"),

        // Notifications
        Personal("Notifications", "ExportMyNotificationsData", "Notifications.ForgetDeletedPerson (AccountDeleted)", "both"),
        Personal("NotificationEmailOptOuts", "ExportMyNotificationsData", "Notifications.ForgetDeletedPerson (AccountDeleted)", "not filled: the scenario turns no email off"),
        NotPersonal("NotificationsSentOnce", "keys of a visit id, or a carer profile id with a request id or a day, so a reminder or digest is sent once; no detail, and no account id"),
        InTransit("NotificationsOutboxMessages", "Notifications.ForgetDeletedPerson"),
        HandledEvents("NotificationsHandledEvents"),
    ];

    public static IEnumerable<TableEntry> ProvenFor(string who) =>
        Tables.Where(t => t.Coverage == Coverage.Personal && (t.Provenby == who || t.Provenby == "both"));

    private static TableEntry Personal(string table, string exportedBy, string erasedBy, string provenBy) =>
        new(table, Coverage.Personal, exportedBy, erasedBy, provenBy);

    private static TableEntry InTransit(string table, string erasedBy) =>
        new(table, Coverage.InTransit, "not exported: a delivery log; its facts are exported from their own tables", erasedBy, "both");

    private static TableEntry NotPersonal(string table, string because) =>
        new(table, Coverage.NotPersonal, $"not personal: {because}", "nothing to erase", "");

    private static TableEntry HandledEvents(string table) =>
        NotPersonal(table, "event ids and consumer names only");
}
