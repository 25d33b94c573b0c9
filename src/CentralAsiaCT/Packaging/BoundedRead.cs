using System.IO;

namespace CentralAsiaCT.Packaging;

/// <summary>Reads a stream to its end, but never more than a limit and one byte, so that an oversized file is seen without being read whole.</summary>
internal static class BoundedRead
{
    public static byte[] ReadAll(Stream stream, long limit)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (copy.Length <= limit && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
