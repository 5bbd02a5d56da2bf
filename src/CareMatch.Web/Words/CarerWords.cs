using CareMatch.Providers.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>The words for a carer's profile as carers, seekers and admins read it.</summary>
public static class CarerWords
{
    public static string Of(CarerProfileStatus status) => status switch
    {
        CarerProfileStatus.Draft => "Draft",
        CarerProfileStatus.Verified => "Verified",
        CarerProfileStatus.Lapsed => "Lapsed",
    };

    public static string Of(CarerGender gender) => gender switch
    {
        CarerGender.Female => "Female",
        CarerGender.Male => "Male",
        CarerGender.NonBinary => "Non-binary",
        CarerGender.PreferNotToSay => "Prefers not to say",
    };
}
