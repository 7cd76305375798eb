//! `from_name` probes a hash table built by the derive, with a hash the
//! generated code computes again at run time: every name and alias of a
//! large enum is found, and no near miss is. Names of every length around
//! the 8-byte words the hash reads, shared prefixes, names that differ in
//! their last byte, non-ASCII names. (Generated once, from a fixed seed.)

use error_macros::ErrorCodes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCodes)]
#[repr(u16)]
enum Many {
    #[code(0, name = "0z19NSC0Y", alias = "alias-Y0CSN91z0")]
    V0,
    #[code(1, name = "6QChSHJsFgVGgyoXOTJEYnf3DCq.A5bg")]
    V1,
    #[code(2, name = "6AKnRFYnFOSJqT5hzN9AzYd")]
    V2,
    #[code(3, name = "4nAmEVznAsIRVrd")]
    V3,
    #[code(4, name = "AVLLmFHqb")]
    V4,
    #[code(5, name = "LJ.RQ8Z63ICAHCGuSWWSgdOeG")]
    V5,
    #[code(6, name = "oooENft.yGpyWWR")]
    V6,
    #[code(7, name = "V6P3YOwlX")]
    V7,
    #[code(8, name = "m1D8CQXK337C0EboDgEtsNqMe3ZydP4IMi7qCLO4")]
    V8,
    #[code(9, name = "AarIBKNnDT1aLfBrNvM492pr")]
    V9,
    #[code(10, name = "bE9Hcn3yvV436rxgivklhJO4jLbaONiB")]
    V10,
    #[code(11, name = "1n78UgF")]
    V11,
    #[code(12, name = "gdKXTFS58UBeMa4P4-vLaVlM")]
    V12,
    #[code(13, name = "UsmJDMLPH")]
    V13,
    #[code(14, name = "FQaOrvbWtuodBY.FL_CXV8eBV6.c80TE2t4i0w1_")]
    V14,
    #[code(
        15,
        name = "pluyN7_-DDCP6Z-XtiaaG17Wlkcj6D1ba1afjNHXk3OPsWMdHTXeBRei.MDdqfDW"
    )]
    V15,
    #[code(16, name = "Y4-S283Bkd_K6opNCWWA01BBp9KOeJw.m")]
    V16,
    #[code(
        17,
        name = "WJss6GRivQPQfI0OhTYTsy5V7tFt5d1tc7UYvfRyOwr8_Nnldz1fAXdBOYK48qiS"
    )]
    V17,
    #[code(18, name = "u1nKAVLn0LokB5PGLvqDttdOlEuM1huSMSxe.sUw")]
    V18,
    #[code(19, name = "ZaVgCaopF")]
    V19,
    #[code(20, name = "QMnxIRyuO9QqsurBs6SkLI9vUWhcI0l")]
    V20,
    #[code(21, name = "KBidu869yadyZXoK74m2ApJ6yNDLBHLk")]
    V21,
    #[code(22, name = "nwsbJq7V5DmH97Y4tN3PTU5U7OLTQof")]
    V22,
    #[code(23, name = "e8ZR8ESVDMCtB93WExSLGq5ge")]
    V23,
    #[code(24, name = "nraTgU.SsoLGph5m1hAgr482I6tLd9b")]
    V24,
    #[code(25, name = "mqzSWFvJx04__AO")]
    V25,
    #[code(26, name = "oTFym6bDI.Fn6smtZ5kVRD9g")]
    V26,
    #[code(
        27,
        name = "IEwdLly1Zkp_2MoA6mb_Z0.ZDun3CYYUfqvcvG_j_wDnpVxJTp53a2imqS5ffwPS"
    )]
    V27,
    #[code(28, name = "qdakFt9")]
    V28,
    #[code(29, name = "B9kkgF6EI4nfi1SjKvIEBS_GN")]
    V29,
    #[code(30, name = "njUU8xN.O5VK.ND4-")]
    V30,
    #[code(31, name = "b")]
    V31,
    #[code(32, name = "AcE92mOOaxgP.Qt")]
    V32,
    #[code(33, name = "UqQspYxIua2BHhPm")]
    V33,
    #[code(34, name = "y")]
    V34,
    #[code(35, name = "mXpOooUwgL74OMcig_utMmBm")]
    V35,
    #[code(36, name = "5u9WWqg2tj_nHFdkhaGvb6yqEoG6-6EUBrlWzKC5")]
    V36,
    #[code(
        37,
        name = "eid0KGuDle4AZdhBBkFfpCVyG",
        alias = "alias-GyVCpfFkBBhdZA4elDuGK0die"
    )]
    V37,
    #[code(38, name = "opULE0aoTJhJoI7B23Hyr38R")]
    V38,
    #[code(39, name = "s")]
    V39,
    #[code(40, name = "6HdS-leQHrHOPV.")]
    V40,
    #[code(41, name = "86L-2SNXT7yPmEM")]
    V41,
    #[code(42, name = "8Fh_8OrJ")]
    V42,
    #[code(43, name = "cLY01r-Q8di3gma-JyzRlbtzJsy0-yk")]
    V43,
    #[code(44, name = "on8lO2Bd")]
    V44,
    #[code(45, name = "QYJnX.mNlxXx_Vx_EEVthYHS")]
    V45,
    #[code(46, name = "-pTKPtqYpxzoaYp")]
    V46,
    #[code(47, name = "S_EPZ3Kvdb9.1-51Jxew9uk")]
    V47,
    #[code(48, name = "V")]
    V48,
    #[code(49, name = "9c1B2Hvi")]
    V49,
    #[code(50, name = "Tn")]
    V50,
    #[code(51, name = "mCdsWYU")]
    V51,
    #[code(52, name = "zhPp-k02PJbXINiyjMdEokYdmHbU_zs")]
    V52,
    #[code(53, name = "57P-eaJiSAUukVLm6QsfKWmnP")]
    V53,
    #[code(54, name = "w6IKO7f3qsaXIWbHVrbeYFl4v")]
    V54,
    #[code(55, name = "-cjBeCdetTYniL5vkBNswymRIClJLQaDZ")]
    V55,
    #[code(56, name = "a")]
    V56,
    #[code(57, name = "KSMgJplCpenXO_KSDbtz3kUUzAxQP7zr")]
    V57,
    #[code(58, name = "Gx")]
    V58,
    #[code(59, name = "0")]
    V59,
    #[code(60, name = "YY2-HR2qNIFroSIZHGICum64l")]
    V60,
    #[code(61, name = "NbwigfWHw51lTTK")]
    V61,
    #[code(62, name = "SB1YV-6veP0qxs2-r8SoTxGkF8M1bjMMe")]
    V62,
    #[code(63, name = "aYKSYqmNgrMGsWDucQACMlIm")]
    V63,
    #[code(64, name = "gS0e6cFWeUUgMpNK505Pz0rHpxPy3GN")]
    V64,
    #[code(65, name = "SP")]
    V65,
    #[code(66, name = "6HC6nPo")]
    V66,
    #[code(67, name = "V8ki2KXvZeZ2cFhEz6lnqK-")]
    V67,
    #[code(68, name = "f.6_Lg-PyNjjM5W0")]
    V68,
    #[code(69, name = "-xljpb.8Mhw58UPIHReCe1_P8pG54-P_G")]
    V69,
    #[code(70, name = "sBMShYw2tElf-j.f-m5dIIiY.")]
    V70,
    #[code(71, name = "MqfrrqlW")]
    V71,
    #[code(72, name = "38iS.R3sbuSrhfYQD15Uc52kP2i6iZX33")]
    V72,
    #[code(73, name = "TjXSZ3H2JqzIAM7CJWqvZcpUJ6Q5DJR")]
    V73,
    #[code(74, name = "r-f4S-n", alias = "alias-n-S4f-r")]
    V74,
    #[code(75, name = "Lsq6Kf0hgx7YZf3XOMl_UdIP")]
    V75,
    #[code(76, name = "r743HGAUh0RTuWxtUqoskai.OuBVC1m")]
    V76,
    #[code(77, name = "sVTGlhM22OT7yS5q6APSQIyz")]
    V77,
    #[code(78, name = "Y.NGxL3uXG.Zp-RwUoNPP5SN7s2rLjHR3")]
    V78,
    #[code(79, name = "M7wU6S9xq")]
    V79,
    #[code(80, name = "yy7K7cEEbc4NYZuP")]
    V80,
    #[code(81, name = "6U3RLxpPLApC87Zm3IFrkJqp")]
    V81,
    #[code(
        82,
        name = "TwlUHLrsqL4DRU89JofRINzKba.yDuqfO3u5_Jyuta1LumKyuuz3HfB8K95guVH6"
    )]
    V82,
    #[code(83, name = "V_")]
    V83,
    #[code(
        84,
        name = "0T1jSP7-S9FF_LDWfZzVYckvuPNGwLeUUzW2oV5JarTodCMqF8h1yo_L.ZkWAlzb"
    )]
    V84,
    #[code(85, name = "sUgnxDXcnRISKBUZ5E2OdoZ8E4iLLjMB.")]
    V85,
    #[code(86, name = "KddB3Iw0jOWt0JFcPnpsdLfy.jT3HehI")]
    V86,
    #[code(87, name = "tOeJU05fJgvmDfubgcLsVK0-5tIgFuRW")]
    V87,
    #[code(88, name = "jwjaAmwxiB6.O4Wxi8I_7ZtGgWuqYeYqtOz0kEgN")]
    V88,
    #[code(89, name = "ybHFl_wyonHfUqnSr0vlU-AJ1-oAXZVG")]
    V89,
    #[code(90, name = "l")]
    V90,
    #[code(91, name = "OWnNTJh7Xw381qr2zBL3YQhW")]
    V91,
    #[code(92, name = "_NK-nh7HqAkmGgtCY4Ps4FF")]
    V92,
    #[code(93, name = "cd-jok8")]
    V93,
    #[code(94, name = "7xs_6QTAEb91Wr8N-tEMwdUyFTKbJcC")]
    V94,
    #[code(
        95,
        name = "lbL7cCRjkie4Pr9ypDWcxyfjpk2W22b5wEAbBcnx-gKjQif907hEOLjTjyxR2raS"
    )]
    V95,
    #[code(96, name = "HjcH41GR1741p3iia6Ek5ljtf")]
    V96,
    #[code(97, name = "c82xfFsv9Nu76TJ")]
    V97,
    #[code(98, name = "5G9eEcQHCLYHPHx")]
    V98,
    #[code(99, name = "mMHFgZpO_WI3fNajS.E59XgmJWyndR.ve")]
    V99,
    #[code(100, name = "CIv.i18J")]
    V100,
    #[code(101, name = "LxKfG7.PVc4MpONlA5jwaP3MMdRWAz-1")]
    V101,
    #[code(102, name = "_jE0M4A")]
    V102,
    #[code(103, name = "-d")]
    V103,
    #[code(104, name = ".Y3Ru1O")]
    V104,
    #[code(105, name = "OQjjlHiLV8esBVCBf")]
    V105,
    #[code(106, name = "7D9X9Rvn7")]
    V106,
    #[code(107, name = "EeyzDY6_MbD0HMDp_R-BtCSa9hWA87n")]
    V107,
    #[code(108, name = "VI0gIb2elDw2czFhc")]
    V108,
    #[code(109, name = "EwOUu3.gS")]
    V109,
    #[code(110, name = "w")]
    V110,
    #[code(111, name = "welIgSL", alias = "alias-LSgIlew")]
    V111,
    #[code(112, name = "CDsoTGJO.eCSX-V")]
    V112,
    #[code(113, name = "Xe8w6Fw")]
    V113,
    #[code(114, name = "UD9wrlsdelW5KMzNNUTZL-4lnPdRt9XwlW.CsiWn")]
    V114,
    #[code(115, name = "ecjni9NvoByp7gpvpJZUGp3I")]
    V115,
    #[code(
        116,
        name = "jWBFGFH2vm7Sk8Fbx1UcZH_mBRJAnUgAkbit4sLAfFRsEzmy4FfI8YJhLmcLmBuw"
    )]
    V116,
    #[code(117, name = "ksRRJwGRVaXo-DEjTWWeor6uH")]
    V117,
    #[code(118, name = "lFwTJJ-hupuRphGSeZBlAVqAfbg35_Ev")]
    V118,
    #[code(119, name = "-0eNXWz7fUY-m86TeRmIIO6T5lrIafv")]
    V119,
    #[code(120, name = "588AS5Kndo-PRcy5")]
    V120,
    #[code(121, name = "LWztVAB0sx8AuqJ.S")]
    V121,
    #[code(122, name = "r")]
    V122,
    #[code(123, name = "RRQysjcoH")]
    V123,
    #[code(
        124,
        name = "4ZPihqy9cEHhGrutvQICNIYDalH8HPfrn7FmarrK8GebDmWZmYBORBnYZQ8ZegYW"
    )]
    V124,
    #[code(125, name = "UYN4wAJTYAPKCYHvIvXujGjX2tVurVAmc")]
    V125,
    #[code(126, name = "xTSUTeIedgmeCLE")]
    V126,
    #[code(127, name = "f0dMrTNr5b7TM-9g5-s-zpxWnv5UANwv096.4XNg")]
    V127,
    #[code(128, name = "JKIKDhjDd_09l82Zl9BWpjO")]
    V128,
    #[code(129, name = "pDem2s-yNW5RcUi")]
    V129,
    #[code(130, name = "oTF1ObbbjpUhh0WK")]
    V130,
    #[code(131, name = ".NbHri1kXTc9prIq-KjAQLdq")]
    V131,
    #[code(
        132,
        name = "DA.7wL0F1puBYH5yczauNWxb-ghXjJBRHR48jzD8WGTAwWO-UDYxsRV_xAmBb_XT"
    )]
    V132,
    #[code(
        133,
        name = "vaInRjf3w4zDfwFg.RbR3aeaMrXJgsAO-EED2dJqbhIfUhLyQIHdISzCKa8dahuT"
    )]
    V133,
    #[code(134, name = "A9I6GITnJXN0s.F2hSD09_Ik")]
    V134,
    #[code(135, name = "jERa3vUhrfsElQ4Q-3Z-iFTn")]
    V135,
    #[code(136, name = "uYe.MouEwMh4LvTlYd0zev.7")]
    V136,
    #[code(
        137,
        name = "lP6pWSLUm6vHpjluhtyfc4WTlM_p-A_IT62H48ARq5vZBOcDoH2NSwg7JL9mtZGE"
    )]
    V137,
    #[code(138, name = "R3nIeXm_VQBQCuD")]
    V138,
    #[code(139, name = "iiaqeR8g7LstdeRyFhElQFkJxZVW.mWx")]
    V139,
    #[code(140, name = "C3")]
    V140,
    #[code(141, name = "N")]
    V141,
    #[code(142, name = "6Pp8nsWLbtJ2cH.hl")]
    V142,
    #[code(143, name = "Fz")]
    V143,
    #[code(144, name = "oAKr8ccup9lrBadut7QCr2V")]
    V144,
    #[code(145, name = "NN2yecUQ8JxYbVBF")]
    V145,
    #[code(146, name = "cmV0wkND.")]
    V146,
    #[code(147, name = "3nz0ZCP26_hlU6vmZjC61f3R")]
    V147,
    #[code(148, name = "ylPR87r", alias = "alias-r78RPly")]
    V148,
    #[code(149, name = "kGQI3fn.wzH1gwTVsD6No1v3vKI0-sfwu")]
    V149,
    #[code(150, name = "TykKV-USNPqD2ItD8ncp_x1iaY3jdMsBE")]
    V150,
    #[code(151, name = "A7")]
    V151,
    #[code(152, name = "3k")]
    V152,
    #[code(153, name = "DCMg0E7GH5FINcxpiKVi_ZT9")]
    V153,
    #[code(154, name = "CoaU.0A6uJKZHWPh")]
    V154,
    #[code(155, name = "jCLIRckcffv0woqwp.EcMnvXhUcxw06LyY4kIOgN")]
    V155,
    #[code(156, name = "eqlLuqk9NZhn4vK2tYt-CbVRi")]
    V156,
    #[code(157, name = "aVcJj0SDOXVC6-uQgK8KmuW")]
    V157,
    #[code(158, name = "u3AVrQL9nQuI6y4i")]
    V158,
    #[code(159, name = "O9C9L95d6f1jXVJd")]
    V159,
    #[code(
        160,
        name = "CgogK7pWARxiQ1oruAyJvb.kh1ibRxgWt-EYmmK4oR1H.wes2D8YNpvNdo-iXeFN"
    )]
    V160,
    #[code(161, name = "bdhqltXEPdUXHApNpdYnD0I")]
    V161,
    #[code(162, name = "WeyqpCZGB")]
    V162,
    #[code(163, name = "9QAf9MZ")]
    V163,
    #[code(164, name = "4seWrPGibpgXR70i31C93083Oy.g-G5f")]
    V164,
    #[code(165, name = "AdPR6yE1WjGzbyhM3")]
    V165,
    #[code(166, name = "mKmNsjlsGbRxtCYGcOO4q5Mfq")]
    V166,
    #[code(167, name = "OsZQ_uUh3OzJafpah")]
    V167,
    #[code(168, name = "o1VFh4JvOX6nGNWp")]
    V168,
    #[code(169, name = "VJ-xniB2foB05sPun")]
    V169,
    #[code(170, name = "1EHMrRB_20NMe1CF")]
    V170,
    #[code(
        171,
        name = "JhUjB0LKBqYNn1YQX6bh1w6vBomZ.f6SZw_fNe8j0GVGSHGCjm9bDKv_qo1G.KKe"
    )]
    V171,
    #[code(172, name = "V2")]
    V172,
    #[code(
        173,
        name = "SkYI7yRFGIlzVJnjEe7CEKHpTCGLEi5DmzLpw2SPQPUqOvcPGT2w.-Wc-eKikDOL"
    )]
    V173,
    #[code(174, name = "iyMvlOjViOvcEmw")]
    V174,
    #[code(175, name = "vqKksW5OvMH4DTzVrZNS8CzBp")]
    V175,
    #[code(
        176,
        name = "W6ViSegD.lJMn.MpR-S-p4UK1YkH3PB0edwGvQSgLptMmiEdmZoW7CLT.rePpVlQ"
    )]
    V176,
    #[code(177, name = "uLZ6iYjO")]
    V177,
    #[code(178, name = "d")]
    V178,
    #[code(179, name = ".")]
    V179,
    #[code(180, name = "3")]
    V180,
    #[code(181, name = "ZsBn_rrK4yczgfFbDqrYs.H")]
    V181,
    #[code(182, name = "Jb")]
    V182,
    #[code(183, name = "UPXqk3SgDFoDCA4nwZzGMfAbN1n65JV")]
    V183,
    #[code(184, name = "AZ8V6Ve15HsIc0BYZ")]
    V184,
    #[code(
        185,
        name = "1sM-WaC5ODiO2tKOy-E0ESM7iBv2v1gcr",
        alias = "alias-rcg1v2vBi7MSE0E-yOKt2OiDO5CaW-Ms1"
    )]
    V185,
    #[code(186, name = "T_HQv4DE")]
    V186,
    #[code(187, name = "nH_m0d4")]
    V187,
    #[code(188, name = "FS4PJDwt2RQ1Pyq")]
    V188,
    #[code(189, name = "41D6_TXp8u09-O.MO")]
    V189,
    #[code(190, name = "eoHdKqpBZ55U1rYmV7EmY.dh")]
    V190,
    #[code(191, name = "WqCuZGdnKX2FVW-iqmQeV0C")]
    V191,
    #[code(192, name = "dI5uIfH7rIV-GP2Q0ZV3Mrl3")]
    V192,
    #[code(193, name = "w8YqT-LiL-0iL8rf")]
    V193,
    #[code(194, name = "D3qNk5CWTBIGS90oprZvxYZ73SlgnH6owbAF.ke7")]
    V194,
    #[code(195, name = "9xcihZCypNWvhQz")]
    V195,
    #[code(196, name = "CKOaA_UoMxUcVO7clUI_i_HppTzFcWPb5CKYI_0a")]
    V196,
    #[code(197, name = "u6AsOuYqJdzAyNlKQ")]
    V197,
    #[code(198, name = "D9kMqENN_-7xc-ED0Mvim-2W9YaktAJvtSPOHjgf")]
    V198,
    #[code(
        199,
        name = "D2eKF7afsuK_JB2RJJ5xHic7-q-wpFnG1dtuBIkCXpTjz-5keI0o8sBTEGcniIbo"
    )]
    V199,
    #[code(200, name = "hTBjW6gFRKL3lh2D")]
    V200,
    #[code(201, name = "Q_90a8B7CYE9-N0NxTVzcJfV")]
    V201,
    #[code(202, name = "BU")]
    V202,
    #[code(203, name = "p9I8LUDjjb4jRnpzh")]
    V203,
    #[code(204, name = "dKTqJ3VMHR_Foarm")]
    V204,
    #[code(205, name = "C1qKk-OV48QEsMyn")]
    V205,
    #[code(206, name = "dm4m0NipXCIrc.aSFvebugBO.xM5TCRX")]
    V206,
    #[code(207, name = "IKJqOTvYLlKHl5S2TXY7wLeVOWKWlXacC_B2RweE")]
    V207,
    #[code(208, name = "Y6VpOOfG.jrB61_25mv9hlwklMpcH3ef")]
    V208,
    #[code(209, name = "MPege_d0XYXzZC8y")]
    V209,
    #[code(210, name = "n3LjCLYEgUi7gIEi")]
    V210,
    #[code(211, name = "RAg2hu1DbE1j9bd1p4ScEJaQ")]
    V211,
    #[code(212, name = "RBIyeM0Q_ZpX1Pov5jh7Nhs")]
    V212,
    #[code(213, name = "VsXHOxZE")]
    V213,
    #[code(214, name = "MS4zV..L")]
    V214,
    #[code(215, name = "TbDj77kV0xEBJGZwK6mlgE4")]
    V215,
    #[code(216, name = "K")]
    V216,
    #[code(217, name = ".kiQfq7Mk")]
    V217,
    #[code(218, name = ".aXgk2PeYtj1Ta9JOFF1RtBSZKz.Nmp-Q")]
    V218,
    #[code(219, name = "ZC0cI9s3mIZkMX53BARgUGj_2ZrXBV1")]
    V219,
    #[code(220, name = "B")]
    V220,
    #[code(221, name = "_AnC..XtP")]
    V221,
    #[code(222, name = "an", alias = "alias-na")]
    V222,
    #[code(223, name = "ejYJ1jLojn3X9XWtIsj8.Lpd")]
    V223,
    #[code(224, name = "Z5UsB7zIRZp_.IBbBlc.aJ6SWoCHWlAM")]
    V224,
    #[code(225, name = "k4kpCQ8Lni.1Azkk2bezqLDhD")]
    V225,
    #[code(226, name = "KXiI447jf22nFoS9lT7CSIFQLBRC6WlIY5lEtDR1")]
    V226,
    #[code(227, name = "T3yF2lsWj5d2UxtiVd2R0dULFli.L2v4JqHryjd4")]
    V227,
    #[code(228, name = "Sfg7hUv_8L3b4D1xs8rK7wSaMxnmz5S")]
    V228,
    #[code(229, name = "Zwk1JCbYl13h_jR4cqcc7tCPZ12Zgan")]
    V229,
    #[code(230, name = "Gfa_f4D9")]
    V230,
    #[code(231, name = "EhsXWEfxlMFkY2xmfcIGl7kC")]
    V231,
    #[code(
        232,
        name = "2a9oVHYgud8l0oyghO0CaoNrQT1IIRouD9r5sdausoNdBcw56448pwYZdgJSqmBY"
    )]
    V232,
    #[code(233, name = "3RhnhGJDDC2-ptDPHL2gHClVI")]
    V233,
    #[code(234, name = "b7")]
    V234,
    #[code(235, name = "BDq4wS1ff.6nV0Uy-gWM0W7E")]
    V235,
    #[code(236, name = "J5JA57b-p")]
    V236,
    #[code(237, name = "4SKS2_s5Kdh5kgUG")]
    V237,
    #[code(238, name = "FrODcYx7")]
    V238,
    #[code(239, name = "hQwzFU.u")]
    V239,
    #[code(240, name = "Dh2CEnrl86f0n82")]
    V240,
    #[code(241, name = "BME7af6ZdWRibjoOgeGrGDX")]
    V241,
    #[code(242, name = "HUEKTXlGjwJ0FHgoeG2s1OLtb")]
    V242,
    #[code(243, name = "Y")]
    V243,
    #[code(244, name = "aC")]
    V244,
    #[code(245, name = "o_0sbk.dw8xEDZcnIi.GYXgE")]
    V245,
    #[code(246, name = "xPOSnpkn6lnMWrshPWDct0f")]
    V246,
    #[code(247, name = "VXWB_SJz8lPAn_h1lFn8-iOKRZ_SDbggp")]
    V247,
    #[code(248, name = "FsMVxA9E")]
    V248,
    #[code(249, name = "lijw_f8Xf")]
    V249,
    #[code(
        250,
        name = "u3gq2eFqR2n1yIcmj4Wo1MQNnN9qVWQ3v6DLwBXAMqDSVu3s36Lv5r8AZeiNCTzN"
    )]
    V250,
    #[code(251, name = "ALsERm0y3YqhRkJJNAX2uYQf1G5qKPjL")]
    V251,
    #[code(252, name = "UAGiH0SYchuenjqvV2RWCW75kx5HkLz")]
    V252,
    #[code(253, name = "At2q7sbwgjMsX1vDEtEBgjtr")]
    V253,
    #[code(254, name = "JxpQNedFyfZdA8IVM6ewLLQIchH3M4ag4Hs8sH5d")]
    V254,
    #[code(255, name = "q")]
    V255,
    #[code(256, name = "oekcCIA009dS2vCOiD4Zozg")]
    V256,
    #[code(257, name = "_dWO6okq")]
    V257,
    #[code(258, name = "dNStchD.2")]
    V258,
    #[code(
        259,
        name = "h3twTiZgPWt3sh881nC3YWF0",
        alias = "alias-0FWY3Cn188hs3tWPgZiTwt3h"
    )]
    V259,
    #[code(260, name = ".ibidMJjsSOpHOq2.")]
    V260,
    #[code(261, name = "QGRfY8HaEemjvDNGa7kmrr6")]
    V261,
    #[code(
        262,
        name = "T8DXU5wLBeb2ZVnxKHOkeGUObdZ_a.YJzJz-VZ-zKqzSh0bsSprmugWCWfOjRX6A"
    )]
    V262,
    #[code(263, name = "AqwciiZsicqvYqvqRJAwkJEVuBC3FHF47YlOOB.S")]
    V263,
    #[code(264, name = "sPIiDedKxPSjnX8C")]
    V264,
    #[code(265, name = "QyXZy23oIT.1_8.")]
    V265,
    #[code(266, name = "-wndqQMU7Z6ynbuU")]
    V266,
    #[code(267, name = "1hgY77Ea8kBkUsaP")]
    V267,
    #[code(268, name = "bZ7fHvhH3GydY5KTJs6moDBh")]
    V268,
    #[code(269, name = "h3T_RM.")]
    V269,
    #[code(270, name = "2ivUYjB0D")]
    V270,
    #[code(271, name = "IxQkT94qFr0VboIdfTMZ83ZUH")]
    V271,
    #[code(272, name = "v.mX3.DE")]
    V272,
    #[code(273, name = "5kenQoMx9OfVPERloJ0StP2K")]
    V273,
    #[code(274, name = "yHbAFkz.V0btwziDvCL8bZ.FWKpHOqM5X7Dk8Sdy")]
    V274,
    #[code(275, name = "DybOBHyzVDNI9kL_I")]
    V275,
    #[code(276, name = "TQ8U._iy9q7PV9Hp2A7OAr4")]
    V276,
    #[code(277, name = "7EMxWGIFgaSPg4FiZy4z8Uu9")]
    V277,
    #[code(278, name = "Syl-3Ldd")]
    V278,
    #[code(279, name = "Di6cfs68zfogsK7vaMQ9G0v58")]
    V279,
    #[code(280, name = "sessionParticipantAlreadyJoinedA")]
    V280,
    #[code(281, name = "sessionParticipantAlreadyJoinedB")]
    V281,
    #[code(282, name = "sessionParticipantAlreadyJoinedC")]
    V282,
    #[code(283, name = "sessionParticipantAlreadyJoinedD")]
    V283,
    #[code(284, name = "sessionParticipantAlreadyJoinedE")]
    V284,
    #[code(285, name = "sessionParticipantAlreadyJoinedF")]
    V285,
    #[code(286, name = "sessionParticipantAlreadyJoinedG")]
    V286,
    #[code(287, name = "sessionParticipantAlreadyJoinedH")]
    V287,
    #[code(288, name = "sessionParticipantAlreadyJoinedI")]
    V288,
    #[code(289, name = "sessionParticipantAlreadyJoinedJ")]
    V289,
    #[code(290, name = "ü")]
    V290,
    #[code(291, name = "日本語のエラー")]
    V291,
    #[code(292, name = "ééééééééé")]
    V292,
    #[code(293, name = "naïve-café")]
    V293,
    #[code(294, name = "Ωmega🙂")]
    V294,
}

const ALIASES: &[(&str, u16)] = &[
    ("alias-Y0CSN91z0", 0),
    ("alias-GyVCpfFkBBhdZA4elDuGK0die", 37),
    ("alias-n-S4f-r", 74),
    ("alias-LSgIlew", 111),
    ("alias-r78RPly", 148),
    ("alias-rcg1v2vBi7MSE0E-yOKt2OiDO5CaW-Ms1", 185),
    ("alias-na", 222),
    ("alias-0FWY3Cn188hs3tWPgZiTwt3h", 259),
];

#[test]
fn every_name_and_alias_is_found() {
    for &variant in Many::ALL {
        assert_eq!(
            Many::from_name(variant.name()),
            Some(variant),
            "{}",
            variant.name()
        );
    }
    for &(alias, code) in ALIASES {
        assert_eq!(
            Many::from_name(alias).map(|found| found.code()),
            Some(code),
            "{alias}"
        );
        // `name()` stays the name.
        assert_ne!(Many::from_code(code).map(|found| found.name()), Some(alias));
    }
}

/// Every name with one byte changed, one removed, one added, and in
/// another case: found only where that is another declared name.
#[test]
fn no_near_miss_is_found() {
    let declared = |candidate: &[u8]| {
        Many::ALL
            .iter()
            .copied()
            .find(|variant| variant.name().as_bytes() == candidate)
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(alias, _)| alias.as_bytes() == candidate)
                    .and_then(|&(_, code)| Many::from_code(code))
            })
    };
    let mut tried = 0;
    for &variant in Many::ALL {
        let name = variant.name().as_bytes();
        let mut misses: Vec<Vec<u8>> = Vec::new();
        for at in 0..name.len() {
            let mut changed = name.to_vec();
            changed[at] ^= 0x01;
            misses.push(changed);
            let mut shorter = name.to_vec();
            shorter.remove(at);
            misses.push(shorter);
        }
        let mut longer = name.to_vec();
        longer.push(b'x');
        misses.push(longer);
        misses.push(name.to_ascii_uppercase());
        for miss in misses {
            let Ok(miss) = std::str::from_utf8(&miss) else {
                continue;
            };
            tried += 1;
            assert_eq!(Many::from_name(miss), declared(miss.as_bytes()), "{miss:?}");
        }
    }
    assert!(tried > 5_000, "{tried}");
    assert_eq!(Many::from_name(""), None);
}

#[test]
fn from_name_is_usable_in_const_context() {
    const FOUND: Option<Many> = Many::from_name("sessionParticipantAlreadyJoinedC");
    assert_eq!(FOUND.map(|found| found.code()), Some(282));
}
