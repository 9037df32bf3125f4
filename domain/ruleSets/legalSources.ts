/**
 * Where a citation's article and clause were checked against the text: the text itself, or an
 * official answer (Central Emulation-Commendation Committee, provincial emulation boards)
 * quoting it. Declared once; the citations and the catalogue name them.
 */
export const LEGAL_SOURCES = {
  /** Law 06/2022/QH15, Chapter VIII: Art. 94 (in force 01/01/2024, Law 15/2003 and its amendments repealed) and Art. 95 (awards given earlier stay recognised). */
  LAW_2022_CHAPTER_VIII:
    'https://vi.wikisource.org/wiki/Lu%E1%BA%ADt_Thi_%C4%91ua,_khen_th%C6%B0%E1%BB%9Fng_n%C6%B0%E1%BB%9Bc_C%E1%BB%99ng_h%C3%B2a_x%C3%A3_h%E1%BB%99i_ch%E1%BB%A7_ngh%C4%A9a_Vi%E1%BB%87t_Nam_2022/Ch%C6%B0%C6%A1ng_VIII',
  /** Law 15/2003/QH11: signed 26/11/2003, in force 01/07/2004 until 01/01/2024. */
  LAW_2003_VALIDITY:
    'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2003/chuong-8-736.html',
  /** Law 15/2003 Art. 10(1)(b): registering for emulation is a basis of the titles (quoted by the Supreme Court's journal). */
  LAW_2003_ART_10: 'https://tapchitoaan.vn/quy-dinh-moi-nhat-ve-dang-ky-thi-dua10663.html',
  /** Law 15/2003 Art. 21–24: the individual titles (CSTĐTQ, CSTĐ cấp Bộ, CSTĐCS, LĐTT). */
  LAW_2003_TITLES: 'http://websrv2.ctu.edu.vn/dept/dp/index.php/khen-thng/cac-danh-hieu-thi-dua',
  /** Law 15/2003 (as amended) Art. 23: LĐTT and an initiative, research or wit in combat. */
  LAW_2003_ART_23: 'http://thiduakhenthuong.langson.gov.vn/en/hinhthucs/chien-si-thi-dua-co-so',
  /** Law 15/2003 (as amended) Art. 28(1)(c): over 50% LĐTT and no member disciplined at warning or above. */
  LAW_2003_ART_28: 'http://thiduakhenthuong.langson.gov.vn/en/hinhthucs/tap-lao-dong-tien-tien',
  /** Decree 91/2017 Art. 9(3): CSTĐCS standard and at most 15% of the LĐTT holders. */
  DECREE_91_2017_ART_9:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/45A9C-hd-tieu-chuan-de-xet-tang-danh-hieu-chien-si-thi-dua-co-so.html',
  /**
   * Decree 42/2010/NĐ-CP of 15/04/2010, its heading and table of contents (Long An technical
   * college): made under the 2003 Law and its 2005 amendment; Art. 12 is the Advanced Worker
   * title, Art. 13 the Grassroots Emulation Fighter, Art. 14 the Ministry Emulation Fighter.
   * The articles' content was not read.
   */
  DECREE_42_2010_CONTENTS:
    'http://ktktlongan.edu.vn/Detail/6194/Nghi-dinh-42-2010-ND-CP-(15-04-2010)',
  /**
   * Decree 65/2014/NĐ-CP, its whole text (Art. 1–30) as published by a school of Hiệp Hòa
   * district (mirrored on GitHub): Art. 2(3) women preferred, Art. 3(4) National Emulation
   * Fighter after the year of the second Ministry title, Art. 5 Advanced Worker (2 injury
   * treatment, 4 maternity leave, 5 transfer, 6 exclusions: recruited under 10 months, 40 or
   * more working days off, reprimand or above), Art. 6 Government flag, Art. 15–17 Labour
   * Orders, Art. 30(1) in force 20/08/2014.
   */
  DECREE_65_2014_TEXT:
    'https://raw.githubusercontent.com/21ts444/thcshoangluong/main/tin-tuc-thong-bao/thi-dua-khen-thuong/thi-dua-khen-thuong.html',
  /**
   * Decree 91/2017/NĐ-CP in force 01/10/2017 (not 15/09/2017), with its Advanced Worker
   * exclusions: only recruited under 10 months and reprimand or above; the 40-working-day bar
   * of Decree 65/2014 Art. 5(6) dropped (Báo Tin tức, Vietnam News Agency, 27/08/2017).
   */
  DECREE_91_2017_IN_FORCE_AND_LDTT:
    'https://baotintuc.vn/van-de-quan-tam/nghi-40-ngay-lam-viec-tro-len-van-duoc-xet-lao-dong-tien-tien-20170827160626805.htm',
  /** Decree 91/2017 Art. 9(3), quoted by the Central Committee: the Grassroots Fighter standard (LĐTT and an initiative, research or wit). */
  DECREE_91_2017_ART_9_3:
    'http://banthiduakhenthuongtw.gov.vn/traloi/460b8a748639415f8b9c28ccfe707fcd',
  /**
   * Circular 07/2014/TT-BNV Art. 5 (in force 15/10/2014), reported by Tây Ninh province: the
   * Grassroots Fighter is awarded on Decree 65/2014 Art. 4's standard, at most 15 % of the
   * Advanced Workers; also the Government flag at most 20 % of the collectives meeting the
   * ministry flag's standard.
   */
  CIRCULAR_07_2014_BNV_ART_5:
    'https://tayninh.gov.vn/vi/news/dua-nghi/chi-n-s-thi-ua-c-s-kh-ng-v-t-qu-15-t-ng-s-c-nh-n--t-danh-hi-u-lao--ng-ti-n-ti-n--chi-n-s-ti-n-ti-n--23933.html',
  /** Law 06/2022 Art. 7, quoted by Hà Tĩnh University (2024): the bases of the emulation titles are the movement, the achievement and the title's standard; the 2003 Law's registration is gone. */
  LAW_2022_ART_7:
    'https://ins.htu.edu.vn/8-gia-i-thia-u/87-m%E1%BB%99t-s%E1%BB%91-quy-%C4%91%E1%BB%8Bnh-m%E1%BB%9Bi-c%E1%BB%A7a-lu%E1%BA%ADt-thi-%C4%91ua,-khen-th%C6%B0%E1%BB%9Fng-2022-c%C3%B3-hi%E1%BB%87u-l%E1%BB%B1c-t%E1%BB%AB-ng%C3%A0y-01-01-2024-thay-th%E1%BA%BF-lu%E1%BA%ADt-thi-%C4%91ua,-khen-th%C6%B0%E1%BB%9Fng-2003',
  /** Law 06/2022 Art. 24(1)(a)–(b), quoted by Lào Cai's education department: the Advanced Worker standard. */
  LAW_2022_ART_24_1: 'http://laocai.edu.vn/?pageid=100257&qid=76381',
  /** Law 06/2022 Art. 5(2)(c), quoted by the Ministry of Home Affairs in its 2025 draft amendment: one achievement is not rewarded several times or with several forms. */
  LAW_2022_ART_5_2_C:
    'https://tracuuquyhoach.com/tin-tuc/khong-nhat-thiet-phai-co-hinh-thuc-khen-thuong-muc-thap-moi-duoc-khen-thuong-muc-cao-hon-53749303',
  /** Law 06/2022 Art. 23(1)–(2), quoted: the Grassroots Fighter is an Advanced Worker with excellent completion, or an initiative, research or wit. */
  LAW_2022_ART_23: 'https://yopovn.com/xet-danh-hieu-chien-si-thi-dua-co-so-moi-nhat.html',
  /** Law 06/2022 Art. 74(1)(d), quoted by the Ministry of Home Affairs: 2 consecutive Grassroots titles, or 2 excellent years with 2 initiatives or research works. */
  LAW_2022_ART_74_1_D:
    'https://chinhsachonline.chinhphu.vn/tieu-chuan-de-nghi-xet-tang-bang-khen-cua-bo-nganh-77204.htm',
  /** Law 06/2022 Art. 25, quoted (LawNet, English): the Government flag, clauses 1–4. */
  LAW_2022_ART_25:
    'https://lawnet.vn/en/laws/tap-the-phai-dat-duoc-nhung-tieu-chuan-dieu-kien-nao-de-duoc-xet-tang-danh-hieu-co-thi-dua-cac-cap-22767.html',
  /** Law 06/2022 Art. 27(a)–(đ), quoted by Hanoi University of Science and Technology: the Excellent Collective (100 % completed, at least 70 % LĐTT, a CSTĐCS). */
  LAW_2022_ART_27:
    'https://sbft.hust.edu.vn/hai-vien-thuoc-truong-hoa-va-khoa-hoc-su-song-nhan-danh-hieu-tap-the-lao-dong-xuat-sac.html',
  /** Law 06/2022 Art. 71(2), cited by the Ministry of Home Affairs (Dân trí, 21/10/2025): medals' name, subjects and criteria are the ministry's. */
  LAW_2022_ART_71_2:
    'https://dantri.com.vn/noi-vu/can-bo-cong-chuc-tung-bi-ky-luat-co-duoc-xet-tang-ky-niem-chuong-cap-tinh-20251021094939483.htm',
  /** Law 06/2022 Art. 75(2), quoted by the Ministry of Home Affairs (Government e-newspaper, 12/2024): ministries and provinces detail the criteria of the Certificate of Commendation. */
  LAW_2022_ART_75_2: 'https://baochinhphu.vn/tieu-chuan-xet-tang-giay-khen-102241213091854171.htm',
  /** Law 06/2022 Art. 73(1)(a)–(c), quoted: the PM's Certificate for individuals (b: a prior certificate, 5 years rated good or better up to the proposal, 3 Grassroots titles). */
  LAW_2022_ART_73_1:
    'https://phunuquandoi.vn/chinh-sach-bhxh-bhyt/dieu-kien-duoc-xet-tang-bang-khen-cua-thu-tuong-chinh-phu',
  /** Decree 91/2017 Art. 10 is the Advanced Worker article: not under 10 months since recruitment. */
  DECREE_91_2017_ART_10:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/4F449-hd-bi-cat-hop-dong-co-duoc-xet-danh-hieu-chien-si-thi-dua-co-so.html',
  /** Decree 91/2017 Art. 10(4), quoted: maternity leave counts toward the Advanced Worker title. */
  DECREE_91_2017_ART_10_4:
    'https://hoatieu.vn/phap-luat/giao-vien-nghi-thai-san-co-duoc-lao-dong-tien-tien-khong-215126',
  /** Decree 91/2017 Art. 45(8), quoted by the Central Committee: secret ballot, 90% of all members. */
  DECREE_91_2017_ART_45_8:
    'http://banthiduakhenthuongtw.gov.vn/traloi/b6b7af14f6e14ac9a084a21d7a64b00e',
  /**
   * Decree 91/2017 Art. 45(10), quoted by Phú Thọ province (09/2019): before proposing Orders,
   * State honour titles or the National Emulation Fighter, the ministry or province takes the
   * people's comments on its own media (the Central Committee does the same for Hero proposals,
   * Nhân Dân 01/2023); Circular 12/2019/TT-BNV Art. 2(2) details it.
   */
  DECREE_91_2017_ART_45_10:
    'http://www.phutho.gov.vn/Pages/TinTuc/210449/Lay-y-kien-nhan-dan-doi-voi-khen-thuong-cap-Nha-nuoc.html',
  /** Law 15/2003 (as amended to 2013) Art. 61, quoted by LawNet (04/2022): the Hero of Labour standard for individuals and collectives. */
  LAW_2003_ART_61:
    'https://nganhangphapluat.lawnet.vn/tu-van-phap-luat/van-hoa--xa-hoi/tieu-chuan-xet-tang-danh-hieu-%E2%80%9Canh-hung-lao-dong%E2%80%9D-cho-ca-nhan-nganh-van-hoa-the-thao-va-du-lich-305842',
  /** Decree 91/2017 Art. 48(1), quoted: Hero dossiers reach the Central Committee from 05/01 to 28/02 of the year of the national patriotic emulation congress. */
  DECREE_91_2017_ART_48_1:
    'https://hoidap.thuvienphapluat.vn/hoi-dap/306BE-hd-thoi-diem-nhan-ho-so-phong-tang-danh-hieu-anh-hung-lao-dong-la-khi.html',
  /** Decree 91/2017 Art. 48(1)(a), answered by the Central Committee: National Fighter's timing. */
  DECREE_91_2017_ART_48_1_A:
    'http://banthiduakhenthuongtw.gov.vn/traloi/ce4b56cee884403a8881b5aae664941b',
  /**
   * Decree 98/2023 Art. 46(1), the Central Committee's basis for taking the people's comments
   * on a Hero of Labour proposal, posted for 10 working days (notice of October 2024).
   */
  DECREE_98_2023_ART_46_1:
    'http://banthiduakhenthuongtw.gov.vn/noi-dung/53226/Lay-%C3%BD-kien-Nhan-dan-doi-voi-ca-nhan-de-nghi-tang-danh-hieu-%E2%80%9CAnh-hung-Lao-dong%E2%80%9D',
  /**
   * Circular 01/2024/TT-BNV (Ministry of Home Affairs, in force 15/04/2024) Art. 1(5)(d), quoted in
   * a question the Ministry answered: not under 6 months since recruitment; the answer adds that
   * a contract followed by recruitment at the same agency counts as continuous work.
   */
  CIRCULAR_01_2024_BNV_ART_1_5_D:
    'https://news.laodong.vn/cong-doan/bo-noi-vu-neu-dieu-kien-xet-danh-hieu-lao-dong-tien-tien-1423234.ldo',
  /** Circular 01/2024/TT-BNV Art. 1(5)(a), quoted: injury treatment time counts (in force 15/04/2024). */
  CIRCULAR_01_2024_BNV_ART_1_5_A:
    'https://beta.thuvienphapluat.vn/phap-luat/thoi-su-phap-luat/khong-xet-tang-danh-hieu-lao-dong-tien-tien-doi-voi-cac-ca-nhan-moi-tuyen-dung-duoi-6-thang-tu-ngay-255665-138908.html',
  /**
   * Circular 02/2011/TT-BNV of 24/01/2011 (guiding Decree 42/2010), Section I point 2(a), quoted in
   * an answer of Vietnam Maritime College's trade union (07/11/2014): maternity leave and the
   * treatment of injuries from combat or saving people count toward the Advanced Worker title;
   * not awarded to those recruited under 10 months, off work 40 working days or more,
   * administratively sanctioned or disciplined at reprimand or above; in force 45 days after
   * signing (10/03/2011).
   */
  CIRCULAR_02_2011_BNV_I_2_A:
    'http://cdhanghaivn.org.vn/news/detail/820/cau_hoi__tu_truoc_den_nay_tai_don_vi_cua_chung_toi_moi_nam_xet_va_trao_tang_danh_hieu_thi_dua__lao_dong_tien_tien__thanh_2_dot_lao_dong_nu_nghi_thai_san_khong_duoc_xet_cac_danh_hieu_thi_dua%E2%80%A6',
  /** Decree 42/2010 Art. 16(2), quoted by Ninh Thuận's newspaper: the Government flag among the collectives holding a ministry or province flag. */
  DECREE_42_2010_ART_16_2: 'https://baoninhthuan.com.vn/news/12189p1c155/giai-dap-phap-luat.htm',
  /** Decree 91/2017 Art. 11(1)–(3), quoted by the Central Committee (24/04/2018): the Government flag, at most 20 % of the collectives meeting the ministry flag's standard. */
  DECREE_91_2017_ART_11:
    'http://banthiduakhenthuongtw.gov.vn/traloi/bdd164a488c44a9da99ce1d36990b69c',
  /** Circular 16/2018/TT-BCT Art. 10(2), quoted by THƯ VIỆN PHÁP LUẬT: the Excellent Collective meets Law 15/2003 (as amended) Art. 27(1), the Advanced Collective its Art. 28. */
  LAW_2003_ART_27_1:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/3D849-hd-tieu-chuan-xet-tang-danh-hieu-thi-dua-doi-voi-tap-the-trong-nganh-cong-thuong.html',
  /** Decree 91/2017 Art. 12, quoted (with Law 15/2003 Art. 26) by THƯ VIỆN PHÁP LUẬT: the ministry flag goes to the best collective of its emulation cluster or bloc. */
  DECREE_91_2017_ART_12:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/4A74C-hd-tieu-chuan-danh-hieu-co-thi-dua-cua-bo-nganh-van-hoa-the-thao-va-du-lich.html',
  /** Circular 29/2023/TT-BGDĐT Art. 4 (Ministry of Education, under Law 06/2022): its ministry flag meets the standards of Law 06/2022 Art. 26(1)–(2) and goes to the leaders of its clusters and blocs. */
  LAW_2022_ART_26_VIA_CIRCULAR_29_2023:
    'http://hethongphapluat.vn/thong-tu-29-2023-tt-bgddt-huong-dan-luat-thi-dua-khen-thuong-doi-voi-nganh-giao-duc-do-bo-truong-bo-giao-duc-va-dao-tao-ban-hanh/dieu-4',
  /** Decree 65/2014 Art. 23(1)(c), answered by the Central Committee: PM's Certificate regular track. */
  DECREE_65_2014_ART_23:
    'http://banthiduakhenthuongtw.gov.vn/traloi/6ca1f7e08dae494f8b0b95f2e9d12906',
  /** Decree 91/2017 Art. 38(1)(c): the same track under Decree 91/2017. */
  DECREE_91_2017_ART_38:
    'https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bo-may-hanh-chinh/what-are-the-criteria-for-an-individual-to-be-awarded-a-certificate-of-commendation-from-the-prime-minister-in-vietnam-402376',
} as const;
