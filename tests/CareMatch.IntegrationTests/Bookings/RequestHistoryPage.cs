using System.Net;
using System.Text.RegularExpressions;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>The request page's "What has been done, and by whom" table, as (what, who) rows, newest first.</summary>
public static partial class RequestHistoryPage
{
    public static async Task<List<(string What, string Who)>> HistoryOfAsync(this HttpClient client, Guid requestId)
    {
        var response = await client.GetAsync($"/Seeker/Requests/{requestId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        return [.. HistoryRow().Matches(html).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim()))];
    }

    [GeneratedRegex(@"data-testid=""history-entry"">\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>([^<]*)</td>\s*<td[^>]*>([^<]*)</td>")]
    private static partial Regex HistoryRow();
}
