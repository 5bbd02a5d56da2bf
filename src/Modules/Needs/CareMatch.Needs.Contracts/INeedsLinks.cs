namespace CareMatch.Needs.Contracts;

/// <summary>Absolute links for the emails Needs sends. The host implements it, so this module knows nothing of routes or the public address.</summary>
public interface INeedsLinks
{
    /// <summary>The page where an invited person accepts access to a request.</summary>
    string Invitation(string token);

    /// <summary>The page where someone creates an account to look for care.</summary>
    string SignUp();
}
