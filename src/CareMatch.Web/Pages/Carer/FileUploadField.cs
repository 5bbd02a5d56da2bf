namespace CareMatch.Web.Pages.Carer;

/// <summary>
/// A GOV.UK file upload field for the _FileUpload partial: the tag helpers have no file input,
/// so the upload pages share this one piece of markup. Accept only helps the browser's picker;
/// the module decides by the file's content.
/// </summary>
public sealed record FileUploadField(string Name, string Label, string Hint, string Accept);
