using System.Net;
using System.Net.Sockets;

namespace CoSell.Testing;

/// <summary>
/// A TCP port on 127.0.0.1 that nothing listens on right now, for a child process to bind a moment later.
/// </summary>
/// <remarks>
/// Ports are taken below the kernel's ephemeral range (<c>/proc/sys/net/ipv4/ip_local_port_range</c>). Asking
/// the kernel for port 0 hands out an ephemeral port, and between releasing it and the child binding it any
/// outgoing connection of the busy test process (to Azurite, between silos) may be given that same port: CI saw a
/// silo die with "Address already in use" that way. Below the range only listeners compete, and each port is
/// handed out once per test run, starting at a random offset so two runs on one machine rarely meet.
/// </remarks>
public static class LoopbackPort
{
    private const int Lowest = 20000;
    private static readonly int Highest = EphemeralRangeStart() - 1;
    private static int _next = Lowest + Random.Shared.Next(Math.Max(1, Highest - Lowest));

    public static int Free()
    {
        var span = Highest - Lowest + 1;
        for (var attempt = 0; attempt < span; attempt++)
        {
            var port = Lowest + (int)((uint)(Interlocked.Increment(ref _next) - Lowest) % (uint)span);
            if (CanListen(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"no free loopback port between {Lowest} and {Highest}");
    }

    /// <summary>The first of <paramref name="count"/> consecutive free ports (for a script that numbers its processes' ports from a base).</summary>
    public static int FreeRange(int count)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            // Claim the next `count` numbers as a block, as Free claims one: [previous + 1, previous + count].
            var first = Lowest + (int)((uint)(Interlocked.Add(ref _next, count) - count + 1 - Lowest) % (uint)(Highest - Lowest - count));
            if (Enumerable.Range(first, count).All(CanListen))
            {
                return first;
            }
        }

        throw new InvalidOperationException($"no {count} consecutive free loopback ports between {Lowest} and {Highest}");
    }

    private static bool CanListen(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range")
                .Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (int.TryParse(range[0], out var start) && start > Lowest + 1000)
            {
                return start;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 32768;
    }
}
