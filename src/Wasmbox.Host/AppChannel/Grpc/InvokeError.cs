using System.Globalization;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.WebUtilities;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// A function's non-2xx answer to <c>OnInvoke</c>, as a gRPC error. gRPC has no response message
/// on an error, so the HTTP status is carried as daprd itself carries an HTTP app's error to a
/// gRPC caller: a status code, a message with the status line and the start of the body, and a
/// <c>google.rpc.ErrorInfo</c> detail (domain dapr.io, metadata <c>http.code</c> and
/// <c>http.error_message</c>). The code is chosen so that daprd, mapping it back for an HTTP
/// caller, gives the same status where the pair is one-to-one (400, 401, 403, 404, 429, 501, 503, 504).
/// </summary>
public static class InvokeError
{
    /// <summary>How much of the body the status message quotes.</summary>
    private const int QuotedBodyChars = 1024;

    /// <summary>ErrorInfo metadata values are limited to 64 characters (google/rpc/error_details.proto); daprd cuts at 63.</summary>
    private const int MetadataValueChars = 63;

    public static StatusCode CodeFor(int status) => status switch
    {
        400 => StatusCode.InvalidArgument,
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        404 => StatusCode.NotFound,
        405 or 501 => StatusCode.Unimplemented,
        408 or 504 => StatusCode.DeadlineExceeded,
        409 => StatusCode.Aborted,
        413 or 429 => StatusCode.ResourceExhausted,
        499 => StatusCode.Cancelled,
        502 or 503 => StatusCode.Unavailable,
        >= 400 and < 500 => StatusCode.FailedPrecondition,
        500 => StatusCode.Internal,
        _ => StatusCode.Unknown,
    };

    public static RpcException From(DaprResponse response)
    {
        var reason = ReasonPhrases.GetReasonPhrase(response.Status) is { Length: > 0 } phrase ? phrase : "HTTP " + response.Status;
        var body = Quote(response.Body.Span);
        var message = body.Length > 0 ? $"{response.Status} {reason}: {body}" : $"{response.Status} {reason}";
        var code = CodeFor(response.Status);
        var details = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = message,
            Details =
            {
                Any.Pack(new Google.Rpc.ErrorInfo
                {
                    Reason = reason,
                    Domain = "dapr.io",
                    Metadata =
                    {
                        ["http.code"] = response.Status.ToString(CultureInfo.InvariantCulture),
                        ["http.error_message"] = body.Length > MetadataValueChars ? body[..MetadataValueChars] : body,
                    },
                }),
            },
        };
        var trailers = new Metadata { { "grpc-status-details-bin", details.ToByteArray() } };
        return new RpcException(new Status(code, message), trailers);
    }

    /// <summary>The start of the body as one line of text.</summary>
    private static string Quote(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Length > QuotedBodyChars * 4 ? body[..(QuotedBodyChars * 4)] : body);
        var line = new StringBuilder(Math.Min(text.Length, QuotedBodyChars));
        foreach (var c in text.AsSpan().Trim())
        {
            if (line.Length == QuotedBodyChars) break;
            line.Append(char.IsControl(c) ? ' ' : c);
        }
        return line.ToString();
    }
}
