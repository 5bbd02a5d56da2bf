namespace CareMatch.Web.Pages.Seeker.Requests;

public sealed record CheckboxOption(string Value, string Label);
