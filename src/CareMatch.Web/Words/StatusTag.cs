namespace CareMatch.Web.Words;

/// <summary>A status as a GOV.UK tag shows it: its words and its colour. Rendered by <c>&lt;govuk-status-tag&gt;</c>.</summary>
public sealed record StatusTag(string Text, TagColour Colour);
