using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace CareMatch.IntegrationTests.Providers;

/// <summary>Posts a multipart form with one file, as a browser does: the page's antiforgery token, the fields, the file.</summary>
public static partial class UploadPoster
{
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string path, IDictionary<string, string> fields, string fileField, string fileName, byte[] content,
        string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await client.UploadAsync(path, fields, fileField, fileName, file);
    }

    /// <summary>The same with any content for the file: a <see cref="StreamContent"/> of unknown length is sent chunked.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string path, IDictionary<string, string> fields, string fileField, string fileName, HttpContent file)
    {
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"{path} has no antiforgery token in its form");

        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        form.Add(file, fileField, fileName);
        return await client.PostAsync(path, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
