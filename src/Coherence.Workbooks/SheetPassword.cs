using System;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>The SHA-512 password hash of sheet protection (ECMA-376 agile form), as Excel and LibreOffice check it.</summary>
internal sealed class SheetPassword
{
    private const int SpinCount = 100000;

    private SheetPassword(string salt, string hash)
    {
        Salt = salt;
        Hash = hash;
    }

    public string Salt { get; }

    public string Hash { get; }

    public static SheetPassword Create(string password)
    {
        var salt = new byte[16];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(salt);
        }

        return new SheetPassword(Convert.ToBase64String(salt), Convert.ToBase64String(Compute(password, salt, SpinCount)));
    }

    /// <summary>Computes the hash: SHA-512 of salt and UTF-16 password, then re-hashed with a little-endian counter.</summary>
    public static byte[] Compute(string password, byte[] salt, int spinCount)
    {
        using var sha = SHA512.Create();
        var passwordBytes = Encoding.Unicode.GetBytes(password);
        var buffer = new byte[salt.Length + passwordBytes.Length];
        Buffer.BlockCopy(salt, 0, buffer, 0, salt.Length);
        Buffer.BlockCopy(passwordBytes, 0, buffer, salt.Length, passwordBytes.Length);
        var hash = sha.ComputeHash(buffer);
        var round = new byte[hash.Length + 4];
        for (var i = 0; i < spinCount; i++)
        {
            Buffer.BlockCopy(hash, 0, round, 0, hash.Length);
            round[hash.Length] = (byte)i;
            round[hash.Length + 1] = (byte)(i >> 8);
            round[hash.Length + 2] = (byte)(i >> 16);
            round[hash.Length + 3] = (byte)(i >> 24);
            hash = sha.ComputeHash(round);
        }

        return hash;
    }

    /// <summary>Makes the protection of a sheet: contents locked, formatting, resizing and inserting rows and columns allowed.</summary>
    public static SheetProtection Protect(SheetPassword? password, bool allowFilter = false)
    {
        var protection = new SheetProtection
        {
            Sheet = true,
            Objects = true,
            Scenarios = true,
            FormatCells = false,
            FormatColumns = false,
            FormatRows = false,
            InsertColumns = false,
            InsertRows = false,
            AutoFilter = allowFilter ? false : null,
            Sort = allowFilter ? false : null,
        };
        if (password is not null)
        {
            protection.AlgorithmName = "SHA-512";
            protection.HashValue = password.Hash;
            protection.SaltValue = password.Salt;
            protection.SpinCount = SpinCount;
        }

        return protection;
    }
}
