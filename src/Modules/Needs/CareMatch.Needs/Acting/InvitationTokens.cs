using System.Security.Cryptography;
using System.Text;

namespace CareMatch.Needs.Acting;

/// <summary>The secret in an invitation's link, and the hash that is all the database keeps of it.</summary>
internal static class InvitationTokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
