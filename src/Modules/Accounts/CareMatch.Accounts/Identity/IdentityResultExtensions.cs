using CareMatch.SharedKernel.Validation;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Identity;

internal static class IdentityResultExtensions
{
    /// <summary>Turns Identity's errors into messages at the field the person typed in.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string passwordField = "Password", string emailField = "Email")
    {
        if (result.Succeeded) return;
        throw new InputValidationException(result.Errors
            .GroupBy(error => FieldOf(error, passwordField, emailField))
            .ToDictionary(g => g.Key, g => g.Select(MessageFor).Distinct().ToArray()));
    }

    private static string FieldOf(IdentityError error, string passwordField, string emailField) =>
        error.Code.Contains("Password", StringComparison.Ordinal) ? passwordField
        : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? emailField
        : string.Empty;

    private static string MessageFor(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "An account already exists for this email address. Sign in, or reset your password",
        "InvalidToken" => "This link has expired or has already been used. Ask for a new one",
        _ => error.Description,
    };
}
