package cn.dualprevention.deploy.demo;

import java.util.List;

/** Where an enterprise lies: city, 6-digit administrative region (USCC, company code), address and position. */
record Site(String city, String region6, String address, double longitude, double latitude) {

    /** Chemical parks and industrial districts of Henan and Shanxi (the provinces of the seeds). */
    static final List<Site> ALL = List.of(
            new Site("郑州", "410100", "河南省郑州市经济技术开发区第八大街", 113.7512, 34.7226),
            new Site("濮阳", "410900", "河南省濮阳市濮阳工业园区化工大道", 115.0412, 35.7612),
            new Site("平顶山", "410400", "河南省平顶山市尼龙新材料产业集聚区", 113.2218, 33.7387),
            new Site("安阳", "410500", "河南省安阳市殷都区水冶镇工业园", 114.1236, 36.0951),
            new Site("焦作", "410800", "河南省焦作市中站区化工园区", 113.1682, 35.2377),
            new Site("太原", "140100", "山西省太原市清徐县精细化工循环产业园", 112.3579, 37.6072),
            new Site("长治", "140400", "山西省长治市潞城区店上镇化工园区", 113.2286, 36.3347),
            new Site("晋城", "140500", "山西省晋城市泽州县巴公化工园区", 112.8736, 35.6298),
            new Site("临汾", "141000", "山西省临汾市洪洞县甘亭工业园", 111.6742, 36.2546),
            new Site("吕梁", "141100", "山西省吕梁市孝义市梧桐工业园", 111.7785, 37.1446));
}
