namespace CareMatch.Payments.Gateway;

/// <summary>A council's monthly invoice as Stripe is asked to send it: our number, who pays, one line for the month's visits.</summary>
internal sealed record CouncilBill(string Number, string CustomerId, string Description, long Pence);
