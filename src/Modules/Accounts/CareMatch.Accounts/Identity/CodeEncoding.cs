using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CareMatch.Accounts.Identity;

/// <summary>Identity's tokens travel in links, so they are Base64Url-encoded there and decoded on the way back.</summary>
internal static class CodeEncoding
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
