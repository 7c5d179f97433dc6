package cn.dualprevention.deploy.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Names and mobile numbers of generated people: realistic, unique per run, from the run's seeded random. */
final class People {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰建国志鹏飞宇浩凯晨辉斌波海峰亮";
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "135", "136", "137", "138", "139", "150",
        "151", "152", "155", "157", "158", "159", "166", "175", "176", "177", "180", "181", "182", "183", "186",
        "187", "188", "189", "191", "198", "199"};

    private final Random random;
    private final Set<String> mobiles = new HashSet<>();

    People(Random random) {
        this.random = random;
    }

    String name() {
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    /** An 11-digit mainland mobile number ({@code ^1[3-9]\d{9}$}), never repeated in this run. */
    String mobile() {
        while (true) {
            String m = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
            if (mobiles.add(m)) {
                return m;
            }
        }
    }
}
