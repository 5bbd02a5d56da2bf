namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>The scheduled tasks the demo history runs as their schedules would (the modules keep their task classes internal).</summary>
public static class DemoTaskIds
{
    /// <summary>Holds visits about 48 hours ahead, captures approved ones and pays the carer, draws on budgets.</summary>
    public const string VisitMoney = "payments-visit-money";

    /// <summary>Daily: keeps every booking's visits four weeks ahead.</summary>
    public const string VisitHorizon = "bookings-visit-horizon";

    /// <summary>Every 15 minutes: approves completed visits the family left unapproved for 24 hours, among others.</summary>
    public const string BookingsHousekeeping = "bookings-housekeeping";

    /// <summary>On the 1st of each month at 06:00: invoices each council for the month before.</summary>
    public const string CouncilInvoices = "payments-council-invoices";
}
