using System;

namespace Coherence.Workbooks;

/// <summary>The CRC-32 a zip entry carries (ISO 3309, the polynomial zip and PNG use), and the checksum of two runs of bytes joined.</summary>
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320u;
    private static readonly uint[] Table = MakeTable();

    /// <summary>Computes the checksum of a run of bytes.</summary>
    public static uint Of(byte[] bytes, int offset, int count) => Append(0, bytes, offset, count);

    /// <summary>Computes the checksum of the bytes that had <paramref name="crc"/> followed by the given ones.</summary>
    public static uint Append(uint crc, byte[] bytes, int offset, int count)
    {
        var c = ~crc;
        for (var i = offset; i < offset + count; i++)
        {
            c = Table[(c ^ bytes[i]) & 0xFF] ^ (c >> 8);
        }

        return ~c;
    }

    /// <summary>Computes the checksum of A followed by B from the checksums of A and B and the length of B.</summary>
    /// <remarks>
    /// The method of zlib's <c>crc32_combine</c>: appending <paramref name="secondLength"/> zero bytes is a linear
    /// operator over GF(2), applied by repeated squaring; a precompressed part is then checked without reading it again.
    /// </remarks>
    public static uint Combine(uint first, uint second, long secondLength)
    {
        if (secondLength <= 0)
        {
            return first;
        }

        var even = new uint[32];
        var odd = new uint[32];

        // The operator for one zero bit.
        odd[0] = Polynomial;
        var row = 1u;
        for (var n = 1; n < 32; n++)
        {
            odd[n] = row;
            row <<= 1;
        }

        Square(even, odd); // two zero bits
        Square(odd, even); // four zero bits

        // Each round squares the operator again (one zero byte, two, four…) and applies it where the length has a bit.
        do
        {
            Square(even, odd);
            if ((secondLength & 1) != 0)
            {
                first = Times(even, first);
            }

            secondLength >>= 1;
            if (secondLength == 0)
            {
                break;
            }

            Square(odd, even);
            if ((secondLength & 1) != 0)
            {
                first = Times(odd, first);
            }

            secondLength >>= 1;
        }
        while (secondLength != 0);

        return first ^ second;
    }

    private static uint Times(uint[] matrix, uint vector)
    {
        var sum = 0u;
        for (var i = 0; vector != 0; i++, vector >>= 1)
        {
            if ((vector & 1) != 0)
            {
                sum ^= matrix[i];
            }
        }

        return sum;
    }

    private static void Square(uint[] square, uint[] matrix)
    {
        for (var n = 0; n < 32; n++)
        {
            square[n] = Times(matrix, matrix[n]);
        }
    }

    private static uint[] MakeTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
