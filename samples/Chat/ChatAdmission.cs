using System.Globalization;
using System.Text.RegularExpressions;
using AttrWs;

namespace ChatSample;

/// <summary>
/// The open-request hook (after routing, origin and the <c>[Authorize]</c> gate passed): room names are
/// <c>[a-z0-9-]{1,32}</c> (400), banned users get 403, and a full room 503 with <c>Retry-After: 5</c>.
/// </summary>
public sealed partial class ChatAdmission(ChatRooms rooms, ChatSettings settings)
{
    /// <summary>Seconds a client should wait before trying a full room again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Decides the handshake of a chat or admin connection; other endpoints pass untouched.</summary>
    public async ValueTask DecideAsync(WebSocketOpenRequestContext context, CancellationToken cancellationToken)
    {
        if (context.RouteValues["room"] is not { } room)
        {
            return;
        }

        if (!RoomName().IsMatch(room))
        {
            Reject(context, 400, "room names are 1-32 characters of a-z, 0-9 and -");
            return;
        }

        if (context.User?.Identity?.Name is { } user && settings.Banned.Contains(user))
        {
            Reject(context, 403, "banned");
            return;
        }

        // The endpoint, not the path (routes match case-insensitively): capacity applies to chat connections, not the admin's.
        if (context.Endpoint?.DeclaringType == typeof(ChatEndpoints).FullName && await rooms.CountAsync(room, cancellationToken).ConfigureAwait(false) >= settings.RoomCapacity)
        {
            context.ResponseHeaders.Set("Retry-After", RetryAfterSeconds.ToString(CultureInfo.InvariantCulture));
            Reject(context, 503, "room is full");
        }
    }

    private static void Reject(WebSocketOpenRequestContext context, int status, string reason)
    {
        context.StatusCode = status;
        context.RejectionReason = reason;
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoomName();
}
