using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Inbox;
using FluentValidation;

namespace CareMatch.Notifications.Delivery;

/// <summary>A module's mistake is refused here, not stored: the link must stay on this site, so an inbox entry can never send anyone elsewhere.</summary>
internal sealed class NotifyValidator : AbstractValidator<Notify>
{
    public NotifyValidator()
    {
        RuleFor(n => n.UserId).NotEmpty().WithMessage("Say who to notify");
        RuleFor(n => n.Kind).IsInEnum().WithMessage("Choose a kind of notification");
        RuleFor(n => n.Title)
            .NotEmpty().WithMessage("Enter a title")
            .MaximumLength(Notification.TitleMaxLength).WithMessage($"The title must be {Notification.TitleMaxLength} characters or fewer");
        RuleFor(n => n.Body)
            .NotEmpty().WithMessage("Enter what to say")
            .MaximumLength(Notification.BodyMaxLength).WithMessage($"What to say must be {Notification.BodyMaxLength} characters or fewer");
        RuleFor(n => n.Link)
            .Must(SiteLinks.IsLocalPath).WithMessage("The link must be a path on this site, starting with /")
            .MaximumLength(Notification.LinkMaxLength).WithMessage($"The link must be {Notification.LinkMaxLength} characters or fewer");
    }
}
